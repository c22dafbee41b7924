import { pageUrl } from './page-url';
import { LEAST_FULL_CHARS, LEAST_PART_CHARS } from './signals/copy-bar';
import { knownHost } from './signals/known-host';
import { type QuickScan, quickScan, quickScanSteps } from './signals/quick-scan';
import { syndicationMeta } from './signals/syndication';
import { runSteps, type Steps } from './steps';
import type { EngineOptions, Signal } from './types';

/** Distinct long sentences seen twice: a body copy repeats several; one long repeated run of text is a widget. */
const REPEATED_SENTENCES = 3;
/**
 * Folded characters of repeated long sentences that make a page worth a closer look: the least the
 * repeated-body signal needs to decide alone (see copy-bar.ts). A test page that prints one lorem-ipsum
 * paragraph five times repeats about 300.
 */
const REPEATED_CHARS = LEAST_FULL_CHARS;
/**
 * With the headline printed twice, as much as the signal's weaker cases need (part of a body, a teaser),
 * which take a second signal to decide: two sentences in the same order, at the least.
 */
const REPEATED_CHARS_WITH_HEADLINE = LEAST_PART_CHARS;
const REPEATED_SENTENCES_WITH_HEADLINE = 2;
/** A shorter <title> part is too likely to occur in any text to mean the headline. */
const MIN_HEADLINE = 20;

export interface Gate {
  /** False for a page that shows none of the marks every aggregator page has: it is ordinary, no more work. */
  suspicious: boolean;
  url: string | null;
  host: Signal | null;
  meta: Signal | null;
}

/**
 * The check run on every page load, kept small in code and time: the known host, a syndication meta tag,
 * and one read of the page's text for repeated sentences or a glued outlet-and-time label. Everything else
 * (blocks, phrase lists, related stories) runs, and in the extension loads, only for a suspicious page.
 */
export function gate(doc: Document, options: EngineOptions = {}): Gate {
  return runSteps(gateSteps(doc, options, false));
}

/**
 * Pages with more elements than this have their text read in chunks between pauses; smaller ones in one
 * textContent read, which is far cheaper per node than walking text nodes from script.
 */
const CHUNKED_READ_ELEMENTS = 20_000;

/** gate() for a page's main thread: a large page's text is read in chunks between pauses. */
export function* gateSteps(doc: Document, options: EngineOptions = {}, stepped = true): Steps<Gate> {
  const url = pageUrl(doc, options.url);
  const host = knownHost(url, options.extraHosts ?? []);
  const meta = syndicationMeta(doc, url);
  if (host || meta) return { suspicious: true, url, host, meta };
  const body = doc.body ?? doc.documentElement;
  const headline = titleHeadline(doc);
  const large = stepped && doc.getElementsByTagName('*').length > CHUNKED_READ_ELEMENTS;
  const quick = large
    ? yield* quickScanSteps(body, headline)
    : quickScan(body, { decides: (scan) => !scan.glued && repeatedEnough(scan), headline });
  return { suspicious: quick.glued || repeatedEnough(quick), url, host, meta };
}

function repeatedEnough(scan: QuickScan): boolean {
  if (scan.repeatedSentences >= REPEATED_SENTENCES && scan.repeatedChars >= REPEATED_CHARS) return true;
  return (
    scan.headlineCount >= 2 &&
    scan.repeatedSentences >= REPEATED_SENTENCES_WITH_HEADLINE &&
    scan.repeatedChars >= REPEATED_CHARS_WITH_HEADLINE
  );
}

/**
 * The longest part of the <title> ("Headline | Site" → "Headline"): no selector query, which costs more
 * than the whole gate in some DOM libraries.
 */
export function titleHeadline(doc: Document): string | null {
  let longest = '';
  for (const part of (doc.title ?? '').split(/\s*:\s+|\s+[|\u2013\u2014\u00b7-]\s+/)) {
    const trimmed = part.trim();
    if (trimmed.length > longest.length) longest = trimmed;
  }
  return longest.length >= MIN_HEADLINE ? longest : null;
}
