// Whether removing an element may change what the rules see in the part of the page that stays, so that a
// further pass could find something this one did not.

/**
 * True when the element sits inside a block that stays: the block's text or contents change. A leaf block
 * loses text; a container's own text ("Explore what Daily8 AI can do for you:") is judged with the blocks
 * it holds, so once a copy beside it is gone the rest may be promo alone. Anything else only takes away
 * blocks the rules have already seen go.
 */
export function insideBlock(element: Element, blockElements: ReadonlySet<Element>, body: Element): boolean {
  for (let node = element.parentElement; node && node !== body; node = node.parentElement)
    if (blockElements.has(node)) return true;
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
