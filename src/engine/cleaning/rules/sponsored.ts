import { pauseAt, type Steps } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { AD_LABEL_START, AD_SELECTORS, SPONSORED_LABEL } from '../../data/phrases';
import type { Block } from '../../dom/blocks';
import { squash } from '../../text/fold';
import { dropNested, growUnit, promoBlocks, selectorUnits } from './promo-block';
import type { Rule } from './rule';
import { spacedOf } from './spaced';

declare module '../../core/types' {
  interface RuleNames {
    sponsored: true;
  }
}

const UNIT_CHARS = 300;

/**
 * Ad units: a block that is only an ad label ("Advertisement"), a short block that opens with a
 * label element ("<span>Sponsored</span><a>5 best savings accounts…</a>"), or ad-network markup.
 */
export const sponsored: Rule = {
  name: 'sponsored',
  needs: ['selectors'],
  *find(ctx) {
    const labels = yield* promoBlocks(ctx, {
      patterns: [SPONSORED_LABEL],
      reason: 'labelled advertisement',
      maxBlockChars: 80,
      maxUnitChars: 250,
    });
    const labelled = yield* labelledUnits(ctx.blocks());
    const slots = yield* selectorUnits(ctx, AD_SELECTORS, 'ad slot', 250);
    return dropNested([...labels, ...labelled, ...slots]);
  },
};

function* labelledUnits(blocks: readonly Block[]): Steps<Candidate[]> {
  const out: Candidate[] = [];
  const isLabelled = (b: Block) => b.text.length <= UNIT_CHARS && !b.mixed && opensWithLabel(b);
  for (let i = 0; i < blocks.length; i++) {
    if (pauseAt(i + 1)) yield;
    if (!isLabelled(blocks[i]!)) continue;
    out.push({ element: growUnit(i, blocks, isLabelled, UNIT_CHARS), reason: 'labelled advertisement' });
  }
  return out;
}

/** The block's first or last element is an ad label on its own: prose that says "Advertisement" is not. */
function opensWithLabel(block: Block): boolean {
  const spaced = spacedOf(block);
  if (!AD_LABEL_START.test(spaced)) return false;
  for (let child = block.element.firstElementChild; child; child = child.firstElementChild) {
    if (SPONSORED_LABEL.test(squash(child.textContent ?? ''))) return true;
  }
  return false;
}
