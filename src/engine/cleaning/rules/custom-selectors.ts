import type { Candidate } from '../../core/types';
import { STRUCTURAL_TAGS } from '../../data/tags';
import { dropNested } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'custom-selectors': true;
  }
}

/** The reader's own CSS selectors. An invalid selector is skipped, never thrown into the page. */
export const customSelectors: Rule = {
  name: 'custom-selectors',
  *find(ctx) {
    const found: Candidate[] = [];
    for (const selector of ctx.custom.selectors) {
      // Each selector is a pass over the page: a step of its own.
      yield;
      let matches: Iterable<Element>;
      try {
        matches = ctx.body.querySelectorAll(selector);
      } catch {
        continue;
      }
      for (const el of matches) {
        if (!STRUCTURAL_TAGS.has(el.tagName))
          found.push({ element: el, reason: `matches custom selector ${selector}` });
      }
    }
    return dropNested(found);
  },
};
