import { pauseAt } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { ALT_JUNK } from '../../data/phrases';
import { selectAll } from './attributed';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'image-alt-junk': true;
  }
}

/** Image descriptions shown as text ("Orange background") and decorative images carrying them. */
export const imageAltJunk: Rule = {
  name: 'image-alt-junk',
  needs: ['selectors'],
  *find(ctx) {
    const found: Candidate[] = [];
    let handled = 0;
    for (const block of ctx.blocks()) {
      if (pauseAt(++handled)) yield;
      if (!block.mixed && block.text.length <= 40 && ALT_JUNK.test(block.text)) {
        found.push({ element: block.element, reason: 'image description shown as text' });
      }
    }
    for (const img of selectAll(ctx, 'img[alt]')) {
      const alt = (img.getAttribute('alt') ?? '').trim();
      // Logos are the site's identity; only decoration (backgrounds, placeholders) goes.
      if (/background|placeholder|spacer/i.test(alt) && ALT_JUNK.test(alt)) {
        found.push({ element: img, reason: 'decorative image' });
      }
    }
    return found;
  },
};
