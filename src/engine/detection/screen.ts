import { runSteps, type Steps } from '../core/steps';
import type { Detection, EngineOptions, Finding, Signal } from '../core/types';
import { collectBlocksSteps } from '../dom/blocks';
import { hostOf } from '../page/page-url';
import { type Gate, gate } from './gate';
import { FULL_TIER_MOST, type PageView, SCREEN_READERS, THRESHOLD, weigh } from './signal-table';
import { ownSiteCheck } from './signals/own-site';

/** Score at which a page counts as an aggregator page (signal-table.ts). */
export const DEFAULT_THRESHOLD = THRESHOLD;

export interface Screening extends Detection {
  /** False when the related-list signal, which screening skips, could still tip the verdict. */
  settled: boolean;
  url: string | null;
  siteName: string | null;
}

/**
 * Every signal but the related-list one, which needs the whole related-story extractor: it is read only for
 * the few pages this leaves unsettled. `checked` is the page's gate, when the caller has run it already.
 */
export function screen(doc: Document, options: EngineOptions = {}, checked?: Gate): Screening {
  return runSteps(screenSteps(doc, options, checked));
}

/** screen() in steps: the blocks are collected in steps, and each signal is a step of its own. */
export function* screenSteps(doc: Document, options: EngineOptions = {}, checked?: Gate): Steps<Screening> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const { suspicious, url, host, meta } = checked ?? gate(doc, options);
  if (!suspicious) return { isAggregator: false, score: 0, signals: [], settled: true, url, siteName: null };
  const siteName = () =>
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? hostOf(url);
  const blocks = yield* collectBlocksSteps(doc.body ?? doc.documentElement);
  const page: PageView = { doc, isOwnSite: ownSiteCheck(url, siteName()), url, portal: !!(host || meta) };
  const found: (Finding | null)[] = [host];
  // A pause after each signal: a signal's first read compiles its patterns (tens of ms cold), and two of those
  // in one step made one slice of the content script overrun 50 ms.
  for (const read of SCREEN_READERS) {
    found.push(yield* read(blocks, page));
    yield;
  }
  found.push(meta);
  const signals = found.flatMap((finding) => (finding ? [weigh(finding)] : []));
  const score = scoreOf(signals);
  const settled = score >= threshold || score + FULL_TIER_MOST < threshold;
  return { isAggregator: score >= threshold, score, signals, settled, url, siteName: siteName() };
}

export function scoreOf(signals: readonly Signal[]): number {
  return Math.round(signals.reduce((sum, s) => sum + s.weight, 0) * 10) / 10;
}

/** Just the Detection fields: what callers store and send stays the same shape. */
export function toDetection({ isAggregator, score, signals }: Detection): Detection {
  return { isAggregator, score, signals };
}
