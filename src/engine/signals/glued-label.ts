import type { Block } from '../dom/blocks';
import { metaLine } from '../labels/meta-line';
import type { Signal } from '../types';

/** "The Advertiser3 days ago": an outlet or icon label glued to a relative time, no space between. */
export function gluedLabel(blocks: readonly Block[]): Signal | null {
  const found: string[] = [];
  for (const block of blocks) {
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
