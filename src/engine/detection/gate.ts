import { runSteps, type Steps } from '../core/steps';
import type { EngineOptions, Signal } from '../core/types';
import { pageUrl } from '../page/page-url';
import { LEAST_PART_CHARS, TEASER_CHARS } from './signals/copy-bar';
import { knownHost } from './signals/known-host';
import { type QuickScan, quickScan, quickScanSteps } from './signals/quick-scan';
import { syndicationMeta } from './signals/syndication';

/**
 * Distinct long sentences seen twice, beside each other in the same order both times, and their folded
 * characters: the least any repeated-body verdict needs (part of a body, a teaser of it, which take a second
 * signal to decide; see copy-bar.ts), so every page that could reach one is let through. A teaser may also be
 * one sentence as long as a teaser's bar, with no neighbour to repeat in order.
 */
const REPEATED_SENTENCES = 2;
const REPEATED_CHARS = LEAST_PART_CHARS;

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
  const large = stepped && doc.getElementsByTagName('*').length > CHUNKED_READ_ELEMENTS;
  const quick = large ? yield* quickScanSteps(body) : quickScan(body);
  return { suspicious: quick.glued || repeatedEnough(quick), url, host, meta };
}

function repeatedEnough(scan: QuickScan): boolean {
  return (
    (scan.repeatedSentences >= REPEATED_SENTENCES && scan.repeatedChars >= REPEATED_CHARS) ||
    scan.longestRepeated >= TEASER_CHARS
  );
}
