import { AI_PROMO } from '../../data/phrases';
import { promoBlocks } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'ai-promo': true;
  }
}

export const aiPromo: Rule = {
  name: 'ai-promo',
  find: (ctx) => promoBlocks(ctx, { patterns: AI_PROMO, reason: 'promotes the site’s AI features' }),
};
