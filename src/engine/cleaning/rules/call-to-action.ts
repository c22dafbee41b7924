import { pauseAt } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { CALL_TO_ACTION } from '../../data/phrases';
import { isInside } from '../../dom/ancestry';
import type { Rule } from './rule';
import { spacedOf } from './spaced';

declare module '../../core/types' {
  interface RuleNames {
    'call-to-action': true;
  }
}

/** Each part of a short block is a call to action: "Read more", "Email this story | Print | Bookmark us!". */
function isCallToAction(text: string): boolean {
  if (text.length > 80) return false;
  return text.split(/\s+[|\u2022\u00b7]\s+|\s{2,}/).every((part) => CALL_TO_ACTION.test(part.trim()));
}

/** Stray "Read more" / "Continue reading" / "Share" blocks; related cards keep theirs (they are links). */
export const callToAction: Rule = {
  name: 'call-to-action',
  needs: ['related'],
  *find(ctx) {
    const related = ctx.related();
    const found: Candidate[] = [];
    let handled = 0;
    for (const block of ctx.blocks()) {
      if (pauseAt(++handled)) yield;
      if (block.mixed || block.text.length > 80 || !isCallToAction(spacedOf(block))) continue;
      // Related cards keep their links; a control that expands hidden text keeps that text reachable.
      if (isInside(block.element, related) || block.element.querySelector('[aria-controls], [aria-expanded]'))
        continue;
      found.push({ element: block.element, reason: 'call to action' });
    }
    return found;
  },
};
