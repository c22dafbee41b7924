import { NEWSLETTER_COOKIE, NEWSLETTER_COOKIE_SELECTORS } from '../../data/phrases';
import { dropNested, promoBlocks, selectorUnits } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'newsletter-cookie': true;
  }
}

export const newsletterCookie: Rule = {
  name: 'newsletter-cookie',
  needs: ['selectors'],
  *find(ctx) {
    const prompts = yield* promoBlocks(ctx, {
      patterns: NEWSLETTER_COOKIE,
      reason: 'newsletter or cookie prompt',
      maxUnitChars: 600,
    });
    const marked = yield* selectorUnits(ctx, NEWSLETTER_COOKIE_SELECTORS, 'newsletter or cookie prompt', 600);
    return dropNested([...prompts, ...marked]);
  },
};
