import { STEP_ITEMS, type Steps } from '../../core/steps';
import type { Signal } from '../../core/types';
import { AI_PROMO, APP_PROMO, EMPTY_COMMENTS } from '../../data/phrases';
import type { Block } from '../../dom/blocks';
import { SIGNALS } from '../signal-table';

const FAMILIES: [string, readonly RegExp[]][] = [
  ['AI promo', AI_PROMO],
  ['app download', APP_PROMO],
  ['empty comments', EMPTY_COMMENTS],
];

const { weight } = SIGNALS['promo-phrases'];

export function* promoPhrasesSteps(blocks: readonly Block[]): Steps<Signal | null> {
  const hits = new Set<string>();
  let handled = 0;
  for (const block of blocks) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (block.text.length > 200) continue;
    for (const [name, patterns] of FAMILIES) if (patterns.some((p) => p.test(block.text))) hits.add(name);
  }
  if (hits.size === 0) return null;
  return {
    name: 'promo-phrases',
    weight: Math.min(weight.most, hits.size * weight.family),
    detail: [...hits].join(', '),
  };
}
