import { isInside } from '../dom/ancestry';
import { CALL_TO_ACTION } from './phrases';
import type { Rule } from './rule';
import type { Candidate } from '../types';

/** Stray "Read more" / "Continue reading" / "Share" blocks; related cards keep theirs (they are links). */
export const callToAction: Rule = {
  name: 'call-to-action',
  find(ctx) {
    const related = ctx.related();
    const found: Candidate[] = [];
    for (const block of ctx.blocks()) {
      if (block.text.length > 60 || !CALL_TO_ACTION.test(block.text)) continue;
      if (isInside(block.element, related)) continue;
      found.push({ element: block.element, reason: 'call to action' });
    }
    return found;
  },
};
