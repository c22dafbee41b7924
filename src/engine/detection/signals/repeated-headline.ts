import type { Signal } from '../../core/types';
import type { Block } from '../../dom/blocks';
import { fold } from '../../text/fold';
import { SIGNALS } from '../signal-table';

export function repeatedHeadline(blocks: readonly Block[], title: string | null): Signal | null {
  if (!title) return null;
  const key = fold(title);
  if (key.split(' ').length < 3) return null;
  let seen = 0;
  for (const block of blocks) if (block.text.length <= title.length + 20 && fold(block.text) === key) seen++;
  return seen >= 2
    ? {
        name: 'repeated-headline',
        weight: SIGNALS['repeated-headline'].weight.headline,
        detail: `the headline is printed ${seen} times`,
      }
    : null;
}
