// Every detection signal in one table: the tier it runs in, what each of its verdicts weighs, and for a screen
// signal the reader screening runs. A page scoring THRESHOLD or more is an aggregator page. Tiers: `gate` runs
// on every page load (gate-verdict.ts, so it must be cheap; its signals are read there, not from here, so the
// code every page loads holds none of this), `screen` on a page the gate lets through (screen.ts runs each
// row's reader over the page's blocks, in the table's order), `full` only when screening leaves the verdict open
// (detect.ts). A signal's file names it and its verdicts; it returns what it found, and only the table weighs
// that (weigh()). The bars for repeated text, which the gate derives its own from, are in signals/copy-bar.ts.
import type { Steps } from '../core/steps';
import type { Finding, Signal, SignalName, SignalVerdicts } from '../core/types';
import type { Block } from '../dom/blocks';
import { pageTitle } from '../page/title';
import { attributionBlocksSteps } from './signals/attribution-blocks';
import { gluedLabelSteps } from './signals/glued-label';
import { outletCreditSteps } from './signals/outlet-credit';
import { promoPhrasesSteps } from './signals/promo-phrases';
import { repeatedBodySteps } from './signals/repeated-body';
import { repeatedHeadline } from './signals/repeated-headline';

type Tier = 'gate' | 'screen' | 'full';

/** What a screen signal reads besides the blocks. */
export interface PageView {
  doc: Document;
  /** Whether a name is the site's own (see signals/own-site.ts). */
  isOwnSite: (name: string) => boolean;
  url: string | null;
  /** A known aggregator host, or a page whose meta names another site as the story's source. */
  portal: boolean;
}

/** A screen signal's read of the page's blocks. */
type Reader = (blocks: readonly Block[], page: PageView) => Steps<Finding | null>;

interface Row<Verdict extends string> {
  tier: Tier;
  weight: Readonly<Record<Verdict, number>>;
  /** The most the signal adds, where each of its findings counts (`count`). */
  most?: number;
  /** A screen signal's reader. One reader may report another row's signal (see glued-outlet-time). */
  read?: Reader;
}

export const SIGNALS = {
  'known-host': { tier: 'gate', weight: { host: 3 } },
  'syndication-meta': { tier: 'gate', weight: { meta: 1.5 } },
  // A full copy decides alone. Part of a copy, or a teaser, needs another structural signal to agree (a glued
  // label, a known host, a related list of several outlets, syndication meta); a repeated headline is not
  // enough: ordinary pages print a standfirst that repeats the lede under a headline shown twice. A teaser that
  // ends as a card of its story (cut with "…", or closed by "Read more") is the page printing its own story's
  // card beside the story, which only an aggregator's template does: it decides alone.
  'repeated-body': { tier: 'screen', weight: { full: 4.5, card: 4, part: 2.5 }, read: repeatedBodySteps },
  'repeated-headline': {
    tier: 'screen',
    weight: { headline: 1 },
    // A light signal: one step.
    *read(blocks, { doc }) {
      yield;
      return repeatedHeadline(blocks, pageTitle(doc));
    },
  },
  // Reports outlet-time-line instead where it finds no glued label.
  'glued-outlet-time': {
    tier: 'screen',
    weight: { glued: 2 },
    read: (blocks, { isOwnSite }) => gluedLabelSteps(blocks, isOwnSite),
  },
  // A credit names the story's outlet once: it is not a label printed by a template on every story.
  'outlet-time-line': { tier: 'screen', weight: { line: 1.5, credit: 1 } },
  // Per family of promo found (AI, app download, empty comments), up to `most`.
  'promo-phrases': { tier: 'screen', weight: { family: 0.5 }, most: 1.5, read: promoPhrasesSteps },
  // One kind is a hint (a publisher may credit a partner once); two kinds make an aggregator's template.
  'attribution-blocks': {
    tier: 'screen',
    weight: { kinds: 1.5, oneKind: 1 },
    read: (blocks, { isOwnSite }) => attributionBlocksSteps(blocks, isOwnSite),
  },
  'outlet-credit': {
    tier: 'screen',
    weight: { credit: 1 },
    *read(_, { doc, url, isOwnSite, portal }) {
      return portal ? yield* outletCreditSteps(doc, url, isOwnSite) : null;
    },
  },
  'multi-outlet-related': { tier: 'full', weight: { outlets: 2 } },
} as const satisfies { [N in SignalName]: Row<SignalVerdicts[N]> };

/** Score at which a page counts as an aggregator page: one strong structural signal, or two weaker. */
export const THRESHOLD = 4;

/** A row as weigh() and the tier checks read it, whichever signal it is. */
const rowOf = (name: SignalName): Row<string> => SIGNALS[name];

/** The most a row can add. */
const mostOf = (row: Row<string>) => row.most ?? Math.max(...Object.values<number>(row.weight));

/** The most the `full` tier can add: a screening further than this below the threshold is settled. */
export const FULL_TIER_MOST = Object.values<Row<string>>(SIGNALS)
  .filter((row) => row.tier === 'full')
  .reduce((sum, row) => sum + mostOf(row), 0);

/** The screen signals' readers, in the table's order. */
export const SCREEN_READERS: readonly Reader[] = Object.values<Row<string>>(SIGNALS).flatMap((row) =>
  row.tier === 'screen' && row.read ? [row.read] : [],
);

/** What a finding weighs, by its row: its verdict's weight, once per finding counted, up to the row's most. */
export function weigh(found: Finding): Signal;
export function weigh(found: Finding | null): Signal | null;
export function weigh(found: Finding | null): Signal | null {
  if (!found) return null;
  const row = rowOf(found.name);
  const each = row.weight[found.verdict] ?? 0;
  const weight = Math.min(row.most ?? Number.POSITIVE_INFINITY, each * (found.count ?? 1));
  return { name: found.name, weight, detail: found.detail };
}
