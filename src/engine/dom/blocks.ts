import { pauseAt, runSteps, type Steps } from '../core/steps';
import { SKIP_TAGS } from '../data/tags';
import { squash } from '../text/fold';
import { hidesSubtree } from './hidden';
import { isBlock } from './is-block';

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
  // Parallel stacks rather than an object per element: a 5 MB page has 150,000 elements, and that much
  // short-lived garbage comes back as a long collection pause in the middle of a slice.
  const path: Element[] = [];
  const hidden: boolean[] = [];
  const holds: boolean[] = [];
  // A block's place in `found`, taken when it is entered: blocks are finished children-first, but must come
  // out in document order.
  const slots: number[] = [];
  const found: (Block | null)[] = [];
  const holdsBlocks = new Set<Element>();
  const heldBlocks = (el: Element) => holdsBlocks.has(el);
  const enter = (el: Element, parentHidden: boolean) => {
    path.push(el);
    hidden.push(parentHidden || hidesSubtree(el));
    holds.push(false);
    slots.push(isBlock(el) ? found.push(null) - 1 : -1);
  };
  enter(root, false);
  let visited = 0;
  while (path.length > 0) {
    if (pauseAt(++visited)) yield;
    const el = path[path.length - 1]!;
    const first = el.tagName === 'NOSCRIPT' ? null : shownChild(el.firstElementChild);
    if (first) {
      enter(first, hidden[hidden.length - 1]!);
      continue;
    }
    // A leaf: finish it, then every ancestor whose last child this was, until one has a next child.
    for (;;) {
      const done = path.pop()!;
      const isHidden = hidden.pop()!;
      const holdsBlock = holds.pop()!;
      const slot = slots.pop()!;
      const parent = path.length - 1;
      if (parent >= 0 && (slot >= 0 || holdsBlock)) holds[parent] = true;
      if (holdsBlock) holdsBlocks.add(done);
      if (slot >= 0) {
        // A container's loose text means a pass over its children: tens of thousands in a long copy.
        const text = holdsBlock ? yield* looseText(done, heldBlocks) : blockText(done);
        if (text) found[slot] = { element: done, text, hidden: isHidden, offset: 0, mixed: holdsBlock };
      }
      if (parent < 0) break;
      const next = shownChild(done.nextElementSibling);
      if (next) {
        enter(next, hidden[parent]!);
        break;
      }
    }
  }
  const blocks: Block[] = [];
  let offset = 0;
  for (const block of found) {
    if (!block) continue;
    block.offset = offset;
    offset += block.text.length;
    blocks.push(block);
  }
  return blocks;
}

/** The first element from `el` on among its siblings whose text can show (not a script, style, ...). */
export function shownChild(el: Element | null): Element | null {
  let kid = el;
  while (kid && SKIP_TAGS.has(kid.tagName)) kid = kid.nextElementSibling;
  return kid;
}

/**
 * Inline text directly inside an element that also holds blocks. An inline child that holds blocks itself
 * (`holdsBlocks`) gives only its own loose text: the rest is its blocks'. Readability's output nests so
 * (`<p><span>a<p>b</p></span></p>` from `<font>a<br><br>b</font>`), and "a" shows as its own line.
 */
export function* looseText(el: Element, holdsBlocks: (kid: Element) => boolean): Steps<string> {
  let out = '';
  let handled = 0;
  // Where to go on after an inline wrapper's children: an explicit stack, as wrappers may nest deep.
  const after: (ChildNode | null)[] = [];
  let child: ChildNode | null | undefined = el.firstChild;
  while (child !== undefined) {
    if (child === null) {
      child = after.pop();
      continue;
    }
    if (pauseAt(++handled)) yield;
    const next: ChildNode | null = child.nextSibling;
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const kid = child as Element;
      // A block child's text is its own, but it still parts the loose text on either side of it.
      if (isBlock(kid)) out += ' ';
      else if (!SKIP_TAGS.has(kid.tagName)) {
        if (!holdsBlocks(kid)) out += ` ${visibleText(kid)} `;
        else {
          out += ' ';
          after.push(next);
          child = kid.firstChild;
          continue;
        }
      }
    }
    child = next;
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
      const block = isBlock(node as Element);
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
  // Leaf blocks mostly hold text alone: the browser joins it without handing us a node. In a content script
  // every node we touch gets a wrapper of its own, and Chromium rehashes its isolated world's wrapper table
  // each time the live ones pass a power of two: 18 ms at 65,536 wrappers, 30-42 ms at 131,072 (a 5 MB page).
  if (!root.firstElementChild) return root.textContent ?? '';
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') out += ' ';
        else if (isBlock(child as Element)) {
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
