import { pauseAt } from '../../core/steps';
import type { Candidate } from '../../core/types';
import type { Block } from '../../dom/blocks';
import { isTemplateLine } from '../../labels/meta-line';
import { foldedWords } from '../../text/fold';
import type { Rule, RuleContext } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'duplicate-headlines': true;
  }
}

/** Longest text treated as a headline; longer blocks are prose and belong to duplicate-bodies. */
const MAX_HEADLINE_CHARS = 200;
/** Two equal headlines with less text than this between them are one card rendering its title twice. */
const NEAR_CHARS = 300;

/**
 * Aggregator templates print a headline two or three times: as h1 and h2, as image caption and
 * link, again above a card's summary. Keep one — the linked one if any, so related links survive —
 * and the article's own title only once anywhere.
 */
export const duplicateHeadlines: Rule = {
  name: 'duplicate-headlines',
  *find(ctx) {
    const groups = new Map<string, Block[]>();
    let handled = 0;
    for (const block of ctx.blocks()) {
      if (pauseAt(++handled)) yield;
      if (block.mixed || block.text.length > MAX_HEADLINE_CHARS) continue;
      const key = ctx.fold(block.text);
      if (foldedWords(key) < 3) continue;
      const group = groups.get(key);
      if (group) group.push(block);
      else groups.set(key, [block]);
    }
    const candidates: Candidate[] = [];
    for (const [key, group] of groups) {
      // A label is no headline: two stories from one outlet on one day print the same one, and the story's
      // own line beside a card's would go with it.
      if (group.length < 2 || group.some((block) => isTemplateLine(block.text))) continue;
      const clusters = key === ctx.title ? [group] : nearClusters(group);
      for (const cluster of clusters) candidates.push(...dropAllButOne(cluster, key === ctx.title, ctx));
    }
    return candidates;
  },
};

/** Splits equal headlines into clusters of near neighbours. */
function nearClusters(group: Block[]): Block[][] {
  const clusters: Block[][] = [[group[0]!]];
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1]!;
    const gap = group[i]!.offset - (prev.offset + prev.text.length);
    if (gap < NEAR_CHARS) clusters[clusters.length - 1]!.push(group[i]!);
    else clusters.push([group[i]!]);
  }
  return clusters;
}

function dropAllButOne(
  cluster: Block[],
  isTitle: boolean,
  ctx: Pick<RuleContext, 'shown' | 'layout'>,
): Candidate[] {
  if (cluster.length < 2) return [];
  const linked = (b: Block) =>
    b.element.closest('a[href]') !== null || b.element.querySelector('a[href]') !== null;
  const shown = cluster.filter((b) => ctx.shown(b));
  const keep =
    (isTitle && shown.find((b) => b.element.tagName === 'H1')) ||
    shown.find(linked) ||
    shown[0] ||
    // With a layout, a headline goes only when another shows beside it (see RuleContext.layout).
    (ctx.layout ? null : cluster[0]!);
  if (!keep) return [];
  const reason = isTitle ? 'the article title repeated' : 'headline repeated in the same card';
  // Links are how a reader reaches a story: never removed as a mere repeat.
  return cluster
    .filter((b) => b !== keep && !linked(b) && (!ctx.layout || shown.includes(b)))
    .map((b) => ({ element: b.element, reason, keepers: [keep.element] }));
}
