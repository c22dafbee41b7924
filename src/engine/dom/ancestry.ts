/** The nearest element containing both a and b. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let node: Element | null = a; node; node = node.parentElement) seen.add(node);
  for (let node: Element | null = b; node; node = node.parentElement) if (seen.has(node)) return node;
  return null;
}

/** True when el is inside (or is) one of the given roots. */
export function isInside(el: Element, roots: readonly Element[]): boolean {
  return roots.some((root) => root.contains(el));
}

/** Still in the document. (Not isConnected: happy-dom reports false for nodes of a cloned Document.) */
export function isAttached(el: Element, doc: Document): boolean {
  return doc.documentElement?.contains(el) ?? false;
}

/**
 * el.closest() for a list of plain tag names (lower-case local names), by a walk up the parents: a
 * selector engine call per block costs more than the block in jsdom.
 */
export function closestNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement)
    if (names.has(node.localName)) return node;
  return null;
}

/** The next element in document order that is not below el, staying inside root (for stackless walks). */
export function nextOutside(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement)
    if (node.nextElementSibling) return node.nextElementSibling;
  return null;
}
