import { pauseAt, type Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import { AI_PROMO, APP_PROMO, EMPTY_COMMENTS } from '../../data/phrases';
import type { Block } from '../../dom/blocks';

declare module '../../core/types' {
  interface SignalVerdicts {
    /** Per family of promo found (AI, app download, empty comments). */
    'promo-phrases': 'family';
  }
}

const FAMILIES: [string, readonly RegExp[]][] = [
  ['AI promo', AI_PROMO],
  ['app download', APP_PROMO],
  ['empty comments', EMPTY_COMMENTS],
];

export function* promoPhrasesSteps(blocks: readonly Block[]): Steps<FindingOf<'promo-phrases'> | null> {
  const hits = new Set<string>();
  let handled = 0;
  for (const block of blocks) {
    if (pauseAt(++handled)) yield;
    if (block.text.length > 200) continue;
    for (const [name, patterns] of FAMILIES) if (patterns.some((p) => p.test(block.text))) hits.add(name);
  }
  if (hits.size === 0) return null;
  return {
    name: 'promo-phrases',
    verdict: 'family',
    count: hits.size,
    detail: [...hits].join(', '),
  };
}
