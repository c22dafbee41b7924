import { promoBlocks } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'custom-phrases': true;
  }
}

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** The reader's own phrases: the smallest promo unit around each block that says one. */
export const customPhrases: Rule = {
  name: 'custom-phrases',
  *find(ctx) {
    const phrases = ctx.custom.phrases.map((p) => p.trim()).filter((p) => p.length > 0);
    if (phrases.length === 0) return [];
    return yield* promoBlocks(ctx, {
      patterns: phrases.map(literal),
      reason: 'matches a custom phrase',
      maxBlockChars: 500,
      maxUnitChars: 800,
    });
  },
};
