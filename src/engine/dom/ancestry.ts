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
