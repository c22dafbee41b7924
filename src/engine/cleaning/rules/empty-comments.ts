import type { Candidate } from '../../core/types';
import { COMMENTS_HEADING, EMPTY_COMMENTS } from '../../data/phrases';
import { squash } from '../../text/fold';
import { promoBlocks } from './promo-block';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'empty-comments': true;
  }
}

/** A comment widget with no comment in it: its placeholder text and the heading above it. */
export const emptyComments: Rule = {
  name: 'empty-comments',
  *find(ctx) {
    const found = yield* promoBlocks(ctx, {
      patterns: EMPTY_COMMENTS,
      reason: 'comment widget with no comments',
      maxUnitChars: 200,
    });
    const headings: Candidate[] = [];
    for (const { element } of found) {
      const before = element.previousElementSibling;
      if (before && COMMENTS_HEADING.test(squash(before.textContent ?? ''))) {
        headings.push({ element: before, reason: 'heading of an empty comment widget' });
      }
    }
    return [...found, ...headings];
  },
};
