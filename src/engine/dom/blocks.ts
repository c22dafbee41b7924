import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import { squash } from '../text';
import { hidesSubtree } from './hidden';
import { BLOCK_TAGS, SKIP_TAGS } from './tags';

/** A run of text the reader sees as one block. */
export interface Block {
  element: Element;
  /** Whitespace-collapsed text. */
  text: string;
  hidden: boolean;
  /** Characters of block text before this block in document order. */
  offset: number;
  /**
   * The element also holds blocks of its own; `text` is only its loose inline text ("Advertisement"
   * beside an ad frame). Removing `element` removes more than `text`.
   */
  mixed: boolean;
}

interface Frame {
  el: Element;
  hidden: boolean;
  /** Pre-order position, so blocks can be put in document order. */
  order: number;
  entered: boolean;
  hasBlockInside: boolean;
  parent: Frame | null;
}

/**
 * Collects the page's text blocks in document order, in one pass with an explicit stack (pages nest
 * thousands deep; recursion would overflow): each block element with no block inside, and the
 * loose inline text of block elements that also hold blocks.
 */
export function collectBlocks(root: Element): Block[] {
  return runSteps(collectBlocksSteps(root));
}

/** collectBlocks(), pausing every STEP_ITEMS elements so a page's main thread can breathe. */
export function* collectBlocksSteps(root: Element): Steps<Block[]> {
  const found: { block: Block; order: number }[] = [];
  let visited = 0;
  const holdsBlocks = new Set<Element>();
  const hides = hidesSubtree;
  let order = 0;
  const stack: Frame[] = [
    { el: root, hidden: hides(root), order: 0, entered: false, hasBlockInside: false, parent: null },
  ];
  while (stack.length > 0) {
    if (++visited % STEP_ITEMS === 0) yield;
    const frame = stack[stack.length - 1]!;
    if (!frame.entered) {
      // Numbered on entry: the stack enters elements in document (pre-)order.
      frame.entered = true;
      frame.order = order++;
      if (frame.el.tagName !== 'NOSCRIPT') pushChildren(frame, stack, hides);
      continue;
    }
    stack.pop();
    const isBlock = BLOCK_TAGS.has(frame.el.tagName);
    if (frame.parent && (isBlock || frame.hasBlockInside)) frame.parent.hasBlockInside = true;
    if (frame.hasBlockInside) holdsBlocks.add(frame.el);
    if (!isBlock) continue;
    // A container's loose text means a pass over its children: tens of thousands in a long copy.
    const text = frame.hasBlockInside ? yield* looseText(frame.el, holdsBlocks) : blockText(frame.el);
    if (!text) continue;
    found.push({
      block: { element: frame.el, text, hidden: frame.hidden, offset: 0, mixed: frame.hasBlockInside },
      order: frame.order,
    });
  }
  found.sort((a, b) => a.order - b.order);
  let offset = 0;
  return found.map(({ block }) => {
    block.offset = offset;
    offset += block.text.length;
    return block;
  });
}

/** Pushes children last-first, so the first child is entered first. */
function pushChildren(frame: Frame, stack: Frame[], hides: (el: Element) => boolean): void {
  for (let kid = frame.el.lastElementChild; kid; kid = kid.previousElementSibling) {
    if (SKIP_TAGS.has(kid.tagName)) continue;
    stack.push({
      el: kid,
      hidden: frame.hidden || hides(kid),
      order: 0,
      entered: false,
      hasBlockInside: false,
      parent: frame,
    });
  }
}

/** Inline text directly inside an element that also holds blocks. */
function* looseText(el: Element, holdsBlocks: ReadonlySet<Element>): Steps<string> {
  let out = '';
  let handled = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const kid = child as Element;
      if (!BLOCK_TAGS.has(kid.tagName) && !SKIP_TAGS.has(kid.tagName) && !holdsBlocks.has(kid))
        out += ` ${visibleText(kid)} `;
    }
  }
  return squash(out);
}

/** Text of a leaf block; a browser keeps <noscript> content as unparsed markup, so parse it inertly. */
export function blockText(el: Element): string {
  if (el.tagName === 'NOSCRIPT') {
    const raw = el.textContent ?? '';
    if (!el.firstElementChild && !raw.includes('<')) return squash(raw);
    if (el.firstElementChild) return squash(visibleText(el));
    const template = el.ownerDocument.createElement('template');
    template.innerHTML = raw;
    return squash(visibleText(template.content));
  }
  return squash(visibleText(el));
}

/**
 * The start of blockText(), for a removal report: a removed container may hold a whole copy of the article,
 * and only its first words are shown. Walks no further than `max` characters of raw text.
 */
export function blockLead(el: Element, max = 400): string {
  if (el.tagName === 'NOSCRIPT') return blockText(el);
  let out = '';
  // Where to go on after a subtree: the next node, and the space a block's end adds ("a<div>b</div>c").
  const stack: (Node | ' ')[] = [];
  let node: Node | ' ' | undefined | null = el.firstChild;
  while (node && out.length < max) {
    if (node === ' ') {
      out += ' ';
      node = stack.pop();
      continue;
    }
    const next: Node | ' ' | undefined | null = node.nextSibling ?? stack.pop();
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName)) {
      const block = BLOCK_TAGS.has((node as Element).tagName);
      if (block || (node as Element).tagName === 'BR') out += ' ';
      if (node.firstChild) {
        if (next) stack.push(next);
        if (block) stack.push(' ');
        node = node.firstChild;
        continue;
      }
      if (block) out += ' ';
    }
    node = next;
  }
  return squash(out);
}

/**
 * Rendered-like text: no script/style/svg text (icon labels such as <svg><title>time</title>), and
 * a space at <br> and block edges so "year.<br>Engineers" stays two sentences.
 */
function visibleText(root: Element | DocumentFragment): string {
  // Leaf blocks are mostly one text node: answer those without walking.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === 3) return only.nodeValue ?? '';
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') out += ' ';
        else if (BLOCK_TAGS.has(tag)) {
          out += ' ';
          walk(child);
          out += ' ';
        } else walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/**
 * Text with a space at every element edge. Templates glue labels and buttons together
 * ("NewsBreak appOpen in App"); phrase rules match this form so word boundaries hold. Short blocks only.
 */
export function spacedText(root: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName)) {
        out += ' ';
        walk(child);
        out += ' ';
      }
    }
  };
  walk(root);
  return squash(out);
}
