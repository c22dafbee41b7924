import { AD_SELECTORS, SPONSORED_LABEL } from './phrases';
import { dropNested, promoBlocks, selectorUnits } from './promo-block';
import type { Rule } from './rule';

/** Ad units: marked by their label ("Advertisement", "Sponsored") or by ad-network markup. */
export const sponsored: Rule = {
  name: 'sponsored',
  find: (ctx) =>
    dropNested([
      ...promoBlocks(ctx, { patterns: [SPONSORED_LABEL], reason: 'labelled advertisement', maxBlockChars: 80, maxUnitChars: 250 }),
      ...selectorUnits(ctx, AD_SELECTORS, 'ad slot', 250),
    ]),
};
