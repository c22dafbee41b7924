import { collectBlocks } from './dom/blocks';
import { hostOf, pageUrl } from './page-url';
import { gluedLabel } from './signals/glued-label';
import { knownHost } from './signals/known-host';
import { promoPhrases } from './signals/promo-phrases';
import { quickScan } from './signals/quick-scan';
import { repeatedBody } from './signals/repeated-body';
import { repeatedHeadline } from './signals/repeated-headline';
import { syndicationMeta } from './signals/syndication';
import { pageTitle } from './title';
import type { Detection, EngineOptions, Signal } from './types';

/** Score at which a page counts as an aggregator page: one strong structural signal, or two weaker. */
export const DEFAULT_THRESHOLD = 4;

/** Long sentences seen twice before the page is worth a closer look (a body copy repeats several). */
const QUICK_REPEATS = 3;

/** The weight of the one signal screening leaves out (a multi-outlet related list): see detect(). */
export const RELATED_WEIGHT = 2;

export interface Screening extends Detection {
  /** False when the related-list signal, which screening skips, could still tip the verdict. */
  settled: boolean;
  url: string | null;
  siteName: string | null;
}

/**
 * Every signal but the related-list one, which needs the whole related-story extractor: the content script
 * runs this on every page load and loads the rest only for the rare page it leaves unsettled.
 */
export function screen(doc: Document, options: EngineOptions = {}): Screening {
  const url = pageUrl(doc, options.url);
  const body = doc.body ?? doc.documentElement;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // Every aggregator page shows at least one of these; a page with none is an ordinary page, and
  // is let go after a single read of its text (this runs on every page load).
  const host = knownHost(url, options.extraHosts ?? []);
  const meta = syndicationMeta(doc);
  const quick = quickScan(body);
  const siteName = () =>
    doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? hostOf(url);
  if (!host && !meta && !quick.glued && quick.repeatedSentences < QUICK_REPEATS) {
    return { isAggregator: false, score: 0, signals: [], settled: true, url, siteName: null };
  }
  const blocks = collectBlocks(body);
  const signals = [
    host,
    repeatedBody(blocks),
    repeatedHeadline(blocks, pageTitle(doc)),
    gluedLabel(blocks),
    promoPhrases(blocks),
    meta,
  ].filter((s): s is Signal => s !== null);
  const score = scoreOf(signals);
  const settled = score >= threshold || score + RELATED_WEIGHT < threshold;
  return { isAggregator: score >= threshold, score, signals, settled, url, siteName: siteName() };
}

export function scoreOf(signals: readonly Signal[]): number {
  return Math.round(signals.reduce((sum, s) => sum + s.weight, 0) * 10) / 10;
}

/** Just the Detection fields: what callers store and send stays the same shape. */
export function toDetection({ isAggregator, score, signals }: Detection): Detection {
  return { isAggregator, score, signals };
}
