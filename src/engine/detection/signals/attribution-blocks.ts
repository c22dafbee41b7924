import { pauseAt, runSteps, type Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import type { Block } from '../../dom/blocks';
import { attributionHeading, attributionLine, MAX_LINE } from '../../labels/attribution';

declare module '../../core/types' {
  interface SignalVerdicts {
    'attribution-blocks': 'kinds' | 'oneKind';
  }
}

/**
 * Attribution and coverage blocks: a line sending the reader to another outlet ("Originally published on The
 * Guardian"), a curator's line, a "More coverage" widget. Never enough alone. The site's own name in such a
 * line ("First published on <own site>") is a publisher's note. Video rails and recommendation headings are
 * removed with the attribution blocks but are no signal: publishers print them too.
 */
export function attributionBlocks(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): FindingOf<'attribution-blocks'> | null {
  return runSteps(attributionBlocksSteps(blocks, isOwnSite));
}

export function* attributionBlocksSteps(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): Steps<FindingOf<'attribution-blocks'> | null> {
  const kinds = new Map<string, string>();
  let handled = 0;
  for (const block of blocks) {
    if (pauseAt(++handled)) yield;
    if (block.text.length > MAX_LINE) continue;
    const line = attributionLine(block.text);
    if (line && !(line.kind === 'original' && isOwnSite(line.name))) kinds.set(line.kind, block.text);
    else if (!line && attributionHeading(block.text) === 'coverage') kinds.set('coverage', block.text);
  }
  if (kinds.size === 0) return null;
  return {
    name: 'attribution-blocks',
    verdict: kinds.size >= 2 ? 'kinds' : 'oneKind',
    detail: [...kinds.values()].map((text) => `"${text}"`).join(', '),
  };
}
