import { runSteps, type Steps } from '../core/steps';
import type { Detection, EngineOptions, Signal } from '../core/types';
import { type Block, collectBlocksSteps } from '../dom/blocks';
import { hostOf } from '../page/page-url';
import { pageTitle } from '../page/title';
import { type Gate, gate } from './gate';
import { FULL_TIER_MOST, THRESHOLD } from './signal-table';
import { attributionBlocksSteps } from './signals/attribution-blocks';
import { gluedLabelSteps } from './signals/glued-label';
import { outletCreditSteps } from './signals/outlet-credit';
import { ownSiteCheck } from './signals/own-site';
import { promoPhrasesSteps } from './signals/promo-phrases';
import { repeatedBodySteps } from './signals/repeated-body';
import { repeatedHeadline } from './signals/repeated-headline';

/** Score at which a page counts as an aggregator page (signal-table.ts). */
export const DEFAULT_THRESHOLD = THRESHOLD;

/** What the block signals read besides the blocks. */
interface PageView {
  doc: Document;
  /** Whether a name is the site's own (see own-site.ts). */
  isOwnSite: (name: string) => boolean;
  url: string | null;
  /** A known aggregator host, or a page whose meta names another site as the story's source. */
  portal: boolean;
}

/** The signals read from the page's blocks, in the order they are listed. */
const BLOCK_SIGNALS: readonly ((blocks: Block[], page: PageView) => Steps<Signal | null>)[] = [
  repeatedBodySteps,
  // A light signal: one step.
  function* headline(blocks, { doc }) {
    yield;
    return repeatedHeadline(blocks, pageTitle(doc));
  },
  (blocks, { isOwnSite }) => gluedLabelSteps(blocks, isOwnSite),
  promoPhrasesSteps,
  (blocks, { isOwnSite }) => attributionBlocksSteps(blocks, isOwnSite),
  function* credit(_, { doc, url, isOwnSite, portal }) {
    return portal ? yield* outletCreditSteps(doc, url, isOwnSite) : null;
  },
];

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
  const found: (Signal | null)[] = [host];
  for (const signal of BLOCK_SIGNALS) found.push(yield* signal(blocks, page));
  found.push(meta);
  const signals = found.filter((s): s is Signal => s !== null);
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
