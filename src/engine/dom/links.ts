import type { Block } from './blocks';

/**
 * Mostly link text: a card title, a menu entry, a "more stories" item. Such blocks are navigation,
 * which a reader needs in every place it appears, not a copy of the story.
 */
export function isLinkLike(block: Block): boolean {
  if (block.element.closest('a[href]')) return true;
  let linked = 0;
  for (const a of block.element.querySelectorAll('a[href]')) linked += (a.textContent ?? '').length;
  return linked >= block.text.length / 2;
}
