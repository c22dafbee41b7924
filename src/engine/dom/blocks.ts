import { squash } from '../text';
import { hidesSubtree } from './hidden';
import { BLOCK_TAGS, SKIP_TAGS } from './tags';

/** A leaf block of text: a block element with no block elements inside it. */
export interface Block {
  element: Element;
  /** Whitespace-collapsed text. */
  text: string;
  hidden: boolean;
  /** Characters of block text before this block in document order. */
  offset: number;
}

interface Frame {
  el: Element;
  hidden: boolean;
  /** Set once the first child is pushed; the frame is finished on its second visit. */
  entered: boolean;
  hasBlockInside: boolean;
  parent: Frame | null;
}

/**
 * Collects the page's leaf text blocks in document order, in one pass with an explicit stack
 * (pages nest thousands deep; recursion would overflow).
 */
export function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  const stack: Frame[] = [{ el: root, hidden: hidesSubtree(root), entered: false, hasBlockInside: false, parent: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (!frame.entered) {
      frame.entered = true;
      if (frame.el.tagName !== 'NOSCRIPT') {
        const kids = frame.el.children;
        for (let i = kids.length - 1; i >= 0; i--) {
          const kid = kids[i]!;
          if (SKIP_TAGS.has(kid.tagName)) continue;
          stack.push({ el: kid, hidden: frame.hidden || hidesSubtree(kid), entered: false, hasBlockInside: false, parent: frame });
        }
      }
      continue;
    }
    stack.pop();
    const isBlock = BLOCK_TAGS.has(frame.el.tagName);
    if (isBlock && frame.parent) frame.parent.hasBlockInside = true;
    if (frame.hasBlockInside && frame.parent) frame.parent.hasBlockInside = true;
    if (!isBlock || frame.hasBlockInside) continue;
    const text = blockText(frame.el);
    if (!text) continue;
    blocks.push({ element: frame.el, text, hidden: frame.hidden, offset: 0 });
  }
  // Post-order visits children before parents but leaf blocks never nest, so document order is the
  // order in which they were finished.
  for (const block of blocks) {
    block.offset = offset;
    offset += block.text.length;
  }
  return blocks;
}

/** Text of a leaf block; a browser keeps <noscript> content as unparsed markup, so parse it inertly. */
export function blockText(el: Element): string {
  if (el.tagName === 'NOSCRIPT') {
    const raw = el.textContent ?? '';
    if (!raw.includes('<')) return squash(raw);
    const template = el.ownerDocument.createElement('template');
    template.innerHTML = raw;
    return squash(template.content.textContent ?? '');
  }
  return squash(visibleText(el));
}

const SKIP_SELECTOR = [...SKIP_TAGS].map((tag) => tag.toLowerCase()).join(',');

/** textContent without script/style/svg text (icon labels such as <svg><title>time</title>). */
function visibleText(el: Element): string {
  if (!el.querySelector(SKIP_SELECTOR)) return el.textContent ?? '';
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return out;
}
