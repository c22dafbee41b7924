// The gate's verdict from what it read, apart from the read of the page's text itself: the extension's start-up
// script takes the marks and the verdict from here, and has the text scanned where it costs the page nothing
// (extension/content/lookout.ts), so what runs on every page load carries no text scan.
import type { EngineOptions, FindingOf } from '../core/types';
import { pageUrl } from '../page/page-url';
import { LEAST_PART_CHARS, TEASER_CHARS } from './signals/copy-bar';
import { knownHost } from './signals/known-host';
import type { QuickScan } from './signals/quick-scan';
import { syndicationMeta } from './signals/syndication';

/**
 * Distinct long sentences seen twice, beside each other in the same order both times, and their folded
 * characters: the least any repeated-body verdict needs (part of a body, a teaser of it, which take a second
 * signal to decide; see copy-bar.ts), so every page that could reach one is let through. A teaser may also be
 * one sentence as long as a teaser's bar, with no neighbour to repeat in order.
 */
const REPEATED_SENTENCES = 2;
const REPEATED_CHARS = LEAST_PART_CHARS;

/**
 * Pages with more elements than this have their text read in chunks between pauses; smaller ones in one
 * textContent read, which is far cheaper per node than walking text nodes from script.
 */
const CHUNKED_READ_ELEMENTS = 20_000;

/** Whether the page's text is read in chunks between pauses rather than in one read (see above). */
export function readsInChunks(doc: Document): boolean {
  return doc.getElementsByTagName('*').length > CHUNKED_READ_ELEMENTS;
}

export interface Gate {
  /** False for a page that shows none of the marks every aggregator page has: it is ordinary, no more work. */
  suspicious: boolean;
  url: string | null;
  /** Unweighed: the signal table weighs them with the rest, in detection's own code (screen.ts). */
  host: FindingOf<'known-host'> | null;
  meta: FindingOf<'syndication-meta'> | null;
}

/** The gate's cheap marks: a known host or a syndication meta tag make a page suspicious without its text. */
export function gateMarks(doc: Document, options: EngineOptions = {}): Gate {
  const url = pageUrl(doc, options.url);
  const host = knownHost(url, options.extraHosts ?? []);
  const meta = syndicationMeta(doc, url);
  return { suspicious: host !== null || meta !== null, url, host, meta };
}

/** The verdict on a page without either mark, from the scan of its text. */
export function gateVerdict(marks: Gate, scan: QuickScan): Gate {
  return { ...marks, suspicious: marks.suspicious || scan.glued || repeatedEnough(scan) };
}

function repeatedEnough(scan: QuickScan): boolean {
  return (
    (scan.repeatedSentences >= REPEATED_SENTENCES && scan.repeatedChars >= REPEATED_CHARS) ||
    scan.longestRepeated >= TEASER_CHARS
  );
}
