// Whether removing an element may change what the rules see in the part of the page that stays, so that a
// further pass could find something this one did not. Mirrors how collectBlocks() makes blocks.
import type { Block } from './dom/blocks';
import { BLOCK_TAGS } from './dom/tags';

/**
 * True when the removal changes a block that stays: the element sat in its text (a leaf block, or inline text
 * of a container) or was the last block a container held, whose own text ("Advertisement" beside a removed
 * copy) is then a block alone, which rules judge differently. Anything else only takes away blocks the rules
 * have already seen go. `index` maps each block's element to its place in `blocks`.
 */
export function changesBlocks(
  element: Element,
  blocks: readonly Block[],
  index: ReadonlyMap<Element, number>,
  body: Element,
): boolean {
  let inline = !BLOCK_TAGS.has(element.tagName);
  for (let node = element.parentElement; node && node !== body; node = node.parentElement) {
    const at = index.get(node);
    if (at !== undefined) {
      const block = blocks[at]!;
      if (!block.mixed || inline || !holdsAnotherBlock(at, blocks, element)) return true;
      break;
    }
    // A block element without text of its own stays a block holder for everything above it.
    if (BLOCK_TAGS.has(node.tagName)) break;
    inline = true;
  }
  return false;
}

/** The removal is in, or holds, one of the related-stories sections: they may be found differently now. */
export function touchesSections(element: Element, sections: readonly Element[]): boolean {
  return sections.some((section) => section.contains(element) || element.contains(section));
}

/** The same sections, in the same order. */
export function sameSections(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((section, i) => section === b[i]);
}

/** Whether the container at `at` holds a block outside `removed`: its blocks follow it in document order. */
function holdsAnotherBlock(at: number, blocks: readonly Block[], removed: Element): boolean {
  const container = blocks[at]!.element;
  for (let i = at + 1; i < blocks.length && container.contains(blocks[i]!.element); i++)
    if (!removed.contains(blocks[i]!.element)) return true;
  return false;
}
