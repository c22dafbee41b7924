import { pageUrl } from './page-url';
import { knownHost } from './signals/known-host';
import { quickScan, quickScanSteps } from './signals/quick-scan';
import { syndicationMeta } from './signals/syndication';
import { runSteps, type Steps } from './steps';
import type { EngineOptions, Signal } from './types';

/** Long sentences seen twice before the page is worth a closer look (a body copy repeats several). */
const QUICK_REPEATS = 3;

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
  const meta = syndicationMeta(doc);
  if (host || meta) return { suspicious: true, url, host, meta };
  const body = doc.body ?? doc.documentElement;
  const large = stepped && doc.getElementsByTagName('*').length > CHUNKED_READ_ELEMENTS;
  const quick = large ? yield* quickScanSteps(body) : quickScan(body, QUICK_REPEATS);
  return { suspicious: quick.glued || quick.repeatedSentences >= QUICK_REPEATS, url, host, meta };
}
