// Every detection signal in one table: its name, the tier it runs in and what it weighs, by verdict where it has
// several. A page scoring THRESHOLD or more is an aggregator page. Tiers: `gate` runs on every page load
// (gate.ts, so it must be cheap), `screen` on a page the gate lets through (screen.ts reads each over the page's
// blocks), `full` only when screening leaves the verdict open (detect.ts). The signals' modules read their
// weights here; the bars for repeated text, which the gate derives its own from, are in signals/copy-bar.ts.
type Tier = 'gate' | 'screen' | 'full';

export const SIGNALS = {
  'known-host': { tier: 'gate', weight: { host: 3 } },
  'syndication-meta': { tier: 'gate', weight: { meta: 1.5 } },
  // A full copy decides alone. Part of a copy, or a teaser, needs another structural signal to agree (a glued
  // label, a known host, a related list of several outlets, syndication meta); a repeated headline is not
  // enough: ordinary pages print a standfirst that repeats the lede under a headline shown twice. A teaser that
  // ends as a card of its story (cut with "…", or closed by "Read more") is the page printing its own story's
  // card beside the story, which only an aggregator's template does: it decides alone.
  'repeated-body': { tier: 'screen', weight: { full: 4.5, card: 4, part: 2.5 } },
  'repeated-headline': { tier: 'screen', weight: { headline: 1 } },
  'glued-outlet-time': { tier: 'screen', weight: { glued: 2 } },
  // A credit names the story's outlet once: it is not a label printed by a template on every story.
  'outlet-time-line': { tier: 'screen', weight: { line: 1.5, credit: 1 } },
  // Per family of promo found (AI, app download, empty comments), up to `most`.
  'promo-phrases': { tier: 'screen', weight: { family: 0.5, most: 1.5 } },
  // One kind is a hint (a publisher may credit a partner once); two kinds make an aggregator's template.
  'attribution-blocks': { tier: 'screen', weight: { kinds: 1.5, oneKind: 1 } },
  'outlet-credit': { tier: 'screen', weight: { credit: 1 } },
  'multi-outlet-related': { tier: 'full', weight: { outlets: 2 } },
} as const satisfies Record<string, { tier: Tier; weight: Readonly<Record<string, number>> }>;

// The table's rows are the signals' names: a row added here is a name everywhere.
type Rows = Record<keyof typeof SIGNALS, true>;
declare module '../core/types' {
  interface SignalNames extends Rows {}
}

/** Score at which a page counts as an aggregator page: one strong structural signal, or two weaker. */
export const THRESHOLD = 4;

/** The most the `full` tier can add: a screening further than this below the threshold is settled. */
export const FULL_TIER_MOST = Object.values(SIGNALS)
  .filter((row) => row.tier === 'full')
  .reduce((sum, row) => sum + Math.max(...Object.values(row.weight)), 0);
