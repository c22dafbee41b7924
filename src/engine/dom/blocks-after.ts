// The page's blocks after cleaning removed elements, without walking the page again. A long page has tens of
// thousands of blocks, and collecting them all again after every rule that removed something was a third of
// the clean of a 5 MB page, and most of the garbage whose collection lengthened its slices.
import { pauseAt, type Steps } from '../core/steps';
import { SKIP_TAGS } from '../data/tags';
import { type Block, blockText, looseText, shownChild } from './blocks';
import { hidesSubtree } from './hidden';
import { isBlock } from './is-block';

/**
 * What collectBlocks(root) gives once elements have left the page, from `before`, collected just ahead of
 * them, and `parents`, the parent each removed element had just before it left. A removal changes the blocks
 * of its own subtree (gone) and of its ancestors (a container's loose text, or a container left with no block
 * inside, which becomes a leaf): nothing else in the page changed, so every other block is the same. The ancestors' blocks are read again, as new objects: a cache keyed by a block
 * (spaced.ts) holds text of its whole subtree. Offsets are set again on the blocks kept.
 */
export function* blocksAfter(
  root: Element,
  before: readonly Block[],
  parents: readonly (Element | null)[],
): Steps<Block[]> {
  const ancestors = new Set<Element>();
  for (const parent of parents)
    for (let node = parent; node && !ancestors.has(node) && root.contains(node); node = node.parentElement) {
      ancestors.add(node);
      if (node === root) break;
    }
  const kept: Block[] = [];
  let handled = 0;
  for (const block of before) {
    if (pauseAt(++handled)) yield;
    if (!ancestors.has(block.element) && root.contains(block.element)) kept.push(block);
  }
  const fresh: Block[] = [];
  for (const element of ancestors) {
    const block = yield* blockAgain(element, root);
    if (block) fresh.push(block);
  }
  const blocks = fresh.length > 0 ? merged(kept, fresh) : kept;
  let offset = 0;
  for (const block of blocks) {
    block.offset = offset;
    offset += block.text.length;
  }
  return blocks;
}

/** The block collectBlocks() would make of `element` now: null when it makes none. */
function* blockAgain(element: Element, root: Element): Steps<Block | null> {
  if (!isBlock(element)) return null;
  let hidden = false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    // The walk never enters what a skipped element or a <noscript> holds.
    if (node !== element && (node.tagName === 'NOSCRIPT' || SKIP_TAGS.has(node.tagName))) return null;
    hidden ||= hidesSubtree(node);
    if (node === root) break;
  }
  const mixed = holdsBlock(element);
  const text = mixed ? yield* looseText(element, holdsBlock) : blockText(element);
  return text ? { element, text, hidden, offset: 0, mixed } : null;
}

/** Whether the walk of collectBlocks() meets a block element below `element`. */
export function holdsBlock(element: Element): boolean {
  if (element.tagName === 'NOSCRIPT') return false;
  const stack: Element[] = [];
  for (let kid = shownChild(element.firstElementChild); kid; ) {
    if (isBlock(kid)) return true;
    if (kid.tagName !== 'NOSCRIPT' && kid.firstElementChild) {
      const sibling = shownChild(kid.nextElementSibling);
      if (sibling) stack.push(sibling);
      kid = shownChild(kid.firstElementChild);
    } else kid = shownChild(kid.nextElementSibling);
    kid ??= stack.pop() ?? null;
  }
  return false;
}

/** Both lists in one, in document order: `fresh` is short, and each finds its place by a binary search. */
function merged(kept: readonly Block[], fresh: Block[]): Block[] {
  fresh.sort((a, b) => (follows(a.element, b.element) ? 1 : -1));
  const out: Block[] = [];
  let from = 0;
  for (const block of fresh) {
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (follows(block.element, kept[mid]!.element)) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(kept[i]!);
    out.push(block);
    from = lo;
  }
  for (let i = from; i < kept.length; i++) out.push(kept[i]!);
  return out;
}

/** True when `a` comes after `b` in document order (an ancestor comes before what it holds). */
function follows(a: Element, b: Element): boolean {
  return (b.compareDocumentPosition(a) & 4) !== 0;
}
