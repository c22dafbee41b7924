import type { FindingOf } from '../../core/types';
import type { Block } from '../../dom/blocks';
import { fold } from '../../text/fold';

declare module '../../core/types' {
  interface SignalVerdicts {
    'repeated-headline': 'headline';
  }
}

export function repeatedHeadline(
  blocks: readonly Block[],
  title: string | null,
): FindingOf<'repeated-headline'> | null {
  if (!title) return null;
  const key = fold(title);
  if (key.split(' ').length < 3) return null;
  let seen = 0;
  for (const block of blocks) if (block.text.length <= title.length + 20 && fold(block.text) === key) seen++;
  return seen >= 2
    ? {
        name: 'repeated-headline',
        verdict: 'headline',
        detail: `the headline is printed ${seen} times`,
      }
    : null;
}
