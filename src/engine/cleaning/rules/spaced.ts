import { type Block, spacedText } from '../../dom/blocks';

/**
 * spacedText() of a block's element, read once per block: five phrase rules test every short block, and
 * a block list is only re-collected after the page changed, so its blocks' text cannot go stale.
 */
const cache = new WeakMap<Block, string>();

export function spacedOf(block: Block): string {
  // A block of bare text has no element edges: its spaced text is its text. Most paragraphs are such blocks,
  // and skipping the walk and the cache entry spares a long page tens of thousands of strings to collect.
  const { element } = block;
  if (!block.mixed && !element.firstElementChild && element.tagName !== 'NOSCRIPT') return block.text;
  let text = cache.get(block);
  if (text === undefined) {
    text = spacedText(block.element);
    cache.set(block, text);
  }
  return text;
}
