import { BLOCK_TAGS, HEADING_TAGS } from '../data/tags';

/** Parents whose content is running text: a custom element inside one is a word of it, not a block. */
const PHRASING_PARENTS = new Set(['P', ...HEADING_TAGS, 'A', 'SPAN', 'B', 'I', 'EM', 'STRONG']);

/**
 * Whether an element starts a new block of text when rendered, read without layout. Custom elements
 * (`<story-body>`, `<x-para>`) are inline by default, but pages built of them style them as blocks: one
 * standing between blocks is read as a block, one inside running text ("rose to <fin-quote>12</fin-quote>
 * today") as a word. Only the neighbouring nodes are read: this runs for every element of a page.
 */
export function isBlock(el: Element): boolean {
  const tag = el.tagName;
  if (BLOCK_TAGS.has(tag)) return true;
  if (!tag.includes('-')) return false;
  const parent = el.parentElement;
  if (!parent || PHRASING_PARENTS.has(parent.tagName)) return false;
  return !wordsBeside(el.previousSibling) && !wordsBeside(el.nextSibling);
}

function wordsBeside(node: Node | null): boolean {
  return node !== null && node.nodeType === 3 && /\S/.test(node.nodeValue ?? '');
}
