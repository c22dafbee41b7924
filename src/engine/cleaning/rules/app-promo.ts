import { APP_PROMO, APP_STORE_LINKS } from '../../data/phrases';
import { dropNested, promoBlocks, selectorUnits } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'app-promo': true;
  }
}

export const appPromo: Rule = {
  name: 'app-promo',
  needs: ['selectors'],
  *find(ctx) {
    const asks = yield* promoBlocks(ctx, {
      patterns: APP_PROMO,
      reason: 'asks the reader to install an app',
    });
    const badges = yield* selectorUnits(
      ctx,
      `${APP_STORE_LINKS}, img[alt="app-store" i], img[alt="play-store" i]`,
      'app store badge',
      120,
    );
    return dropNested([...asks, ...badges]);
  },
};
