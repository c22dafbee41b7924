import { nextOutside } from './ancestry';
import type { Block } from './blocks';

/**
 * Mostly link text: a card title, a menu entry, a "more stories" item. Such blocks are navigation,
 * which a reader needs in every place it appears, not a copy of the story.
 */
export function isLinkLike(block: Block): boolean {
  if (insideLink(block.element)) return true;
  return linkedChars(block.element) >= block.text.length / 2;
}

/** closest('a[href]') !== null, by a walk up the parents (a selector engine call costs more in jsdom). */
export function insideLink(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (isLink(node)) return true;
  return false;
}

/** Text length of every a[href] below root, as querySelectorAll('a[href]') would sum it. */
function linkedChars(root: Element): number {
  let linked = 0;
  // Most blocks are a bare paragraph of text, answered here without any walk.
  for (let el = root.firstElementChild; el; ) {
    if (isLink(el)) linked += (el.textContent ?? '').length;
    el = el.firstElementChild ?? nextOutside(el, root);
  }
  return linked;
}

function isLink(el: Element): boolean {
  return el.localName === 'a' && el.hasAttribute('href');
}
