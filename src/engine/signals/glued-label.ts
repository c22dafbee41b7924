import type { Block } from '../dom/blocks';
import { metaLine } from '../labels/meta-line';
import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import type { Signal } from '../types';

/** "The Advertiser3 days ago": an outlet or icon label glued to a relative time, no space between. */
export function gluedLabel(blocks: readonly Block[]): Signal | null {
  return runSteps(gluedLabelSteps(blocks));
}

/** gluedLabel() in steps: every block's text is parsed as a possible label. */
export function* gluedLabelSteps(blocks: readonly Block[]): Steps<Signal | null> {
  const found: string[] = [];
  let handled = 0;
  for (const block of blocks) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (metaLine(block.text)?.glued) found.push(block.text);
    if (found.length >= 3) break;
  }
  if (found.length === 0) return null;
  return {
    name: 'glued-outlet-time',
    weight: 2,
    detail: `glued labels: ${found.map((t) => `"${t}"`).join(', ')}`,
  };
}
