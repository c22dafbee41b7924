import { collectBlocks } from './dom/blocks';
import { hostOf, pageUrl } from './page-url';
import { gluedLabel } from './signals/glued-label';
import { knownHost } from './signals/known-host';
import { promoPhrases } from './signals/promo-phrases';
import { quickScan } from './signals/quick-scan';
import { relatedOutlets } from './signals/related-outlets';
import { repeatedBody } from './signals/repeated-body';
import { repeatedHeadline } from './signals/repeated-headline';
import { syndicationMeta } from './signals/syndication';
import { pageTitle } from './title';
import type { Detection, EngineOptions, Signal } from './types';

/** Score at which a page counts as an aggregator page: one strong structural signal, or two weaker. */
export const DEFAULT_THRESHOLD = 4;

/** Long sentences seen twice before the page is worth a closer look (a body copy repeats several). */
const QUICK_REPEATS = 3;

/** Scores how much a page looks like an aggregator's republished story, naming each signal. */
export function detect(doc: Document, options: EngineOptions = {}): Detection {
  const url = pageUrl(doc, options.url);
  const body = doc.body ?? doc.documentElement;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // Every aggregator page shows at least one of these; a page with none is an ordinary page, and
  // is let go after a single read of its text (this runs on every page load).
  const host = knownHost(url, options.extraHosts ?? []);
  const meta = syndicationMeta(doc);
  const quick = quickScan(body);
  if (!host && !meta && !quick.glued && quick.repeatedSentences < QUICK_REPEATS) {
    return { isAggregator: false, score: 0, signals: [] };
  }
  const blocks = collectBlocks(body);
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? hostOf(url);
  const signals = [
    host,
    repeatedBody(blocks),
    repeatedHeadline(blocks, pageTitle(doc)),
    gluedLabel(blocks),
    relatedOutlets(doc, url, siteName),
    promoPhrases(blocks),
    meta,
  ].filter((s): s is Signal => s !== null);
  const score = Math.round(signals.reduce((sum, s) => sum + s.weight, 0) * 10) / 10;
  return { isAggregator: score >= threshold, score, signals };
}
