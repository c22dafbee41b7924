import { STRUCTURAL_TAGS } from '../../data/tags';
import type { Block } from '../../dom/blocks';

/** An entry of a widget's list (an outlet, a story's title, a label); a longer block is prose. */
const MAX_ENTRY = 200;
/** A widget's whole text: a few dozen entries. */
const MAX_WIDGET = 2500;
/** Text ahead of the heading inside the widget: an icon's label, a badge. */
const MAX_LEAD = 30;
/** Elements after a heading that sits among the article's own blocks, taken as its list. */
const MAX_SIBLINGS = 3;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
/** The rank of an element that is not a heading. */
const PLAIN = 7;

/**
 * The widget a heading opens ("More coverage" and its list of outlets): the largest element around the heading
 * that starts with it and holds only short entries, never a heading of the same rank or higher (the next
 * section) nor the page's headline. Where the heading sits among the article's paragraphs, the heading and the
 * elements right after it that hold only entries. `excluded` elements (related-story sections) are never taken
 * nor taken into a unit.
 */
export function widgetUnit(
  index: number,
  blocks: readonly Block[],
  excluded: (el: Element) => boolean,
): Element[] {
  const heading = blocks[index]!.element;
  const rank = rankOf(heading);
  let unit = heading;
  for (let parent = heading.parentElement; parent; parent = parent.parentElement) {
    if (STRUCTURAL_TAGS.has(parent.tagName) || parent.tagName === 'ARTICLE' || parent.querySelector('h1'))
      break;
    if (excluded(parent) || !opensWith(parent, index, blocks, rank)) break;
    unit = parent;
  }
  if (unit !== heading) return [unit];
  const units = [heading];
  let sibling = heading.nextElementSibling;
  for (let n = 0; sibling && n < MAX_SIBLINGS; n++, sibling = sibling.nextElementSibling) {
    if (excluded(sibling) || outranks(sibling, rank) || !entriesOnly(sibling, index, blocks, rank)) break;
    units.push(sibling);
  }
  return units;
}

/** The parent starts with the heading (at most a short label before it) and holds only entries after it. */
function opensWith(parent: Element, index: number, blocks: readonly Block[], rank: number): boolean {
  for (let i = index - 1; i >= 0 && parent.contains(blocks[i]!.element); i--) {
    if (blocks[i]!.text.length > MAX_LEAD || rankOf(blocks[i]!.element) < PLAIN) return false;
  }
  return entriesOnly(parent, index, blocks, rank);
}

/** Every block of `container` after the heading is a short entry, and all of them are a widget's worth. */
function entriesOnly(container: Element, index: number, blocks: readonly Block[], rank: number): boolean {
  let total = 0;
  for (let i = index + 1; i < blocks.length; i++) {
    const { element, text } = blocks[i]!;
    if (!container.contains(element)) {
      // Blocks before the container (a sibling ahead of it) are skipped; the first one past it ends the read.
      if (container.compareDocumentPosition(element) & FOLLOWING) break;
      continue;
    }
    total += text.length;
    if (text.length > MAX_ENTRY || total > MAX_WIDGET) return false;
    // A card's title may be a heading; a heading of the widget's rank outside a card starts the next section.
    if (outranks(element, rank) && !element.closest('a, li')) return false;
  }
  return true;
}

/** 1–6 for h1–h6, PLAIN for anything else. */
function rankOf(el: Element): number {
  const match = /^H([1-6])$/.exec(el.tagName);
  return match ? Number(match[1]) : PLAIN;
}

/** A heading of the widget heading's rank or higher: the next section's. */
function outranks(el: Element, rank: number): boolean {
  const own = rankOf(el);
  return own < PLAIN && own <= rank;
}
