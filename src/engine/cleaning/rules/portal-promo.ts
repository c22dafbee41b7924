import { PORTAL_PROMO } from '../../data/portal-phrases';
import { promoBlocks } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'portal-promo': true;
  }
}

/** A portal's promos for itself: "Sign in to Yahoo", "Download the Yahoo News app", "Feedback". */
export const portalPromo: Rule = {
  name: 'portal-promo',
  find: (ctx) => promoBlocks(ctx, { patterns: PORTAL_PROMO, reason: 'promotes the portal itself' }),
};
