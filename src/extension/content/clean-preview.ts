// The clean's removals, found on a copy of the page before the browser's first frame: what the real clean, in
// slices after that frame, will remove. The copy is cleaned as the engine cleans any document (every rule,
// every pass, each removal changing what the next rule reads), and each element it removed is named by the
// live page's element it was copied from. The live page is only read.
import { pauseAt, type Steps } from '../../engine/core/steps';
import type { Detection, Rendered } from '../../engine/core/types';

type CleanSteps = typeof import('../../engine/cleaning').cleanSteps;

/** A live element the clean will remove, and the live elements that keep its text (a copy's other copies). */
export interface Previewed {
  element: Element;
  keepers: readonly Element[];
}

/** For a clean forced whatever detection says: it is not read, and detection is not run for it. */
export const UNREAD_DETECTION: Detection = { isAggregator: true, score: 0, signals: [] };

/**
 * `rendered`: whether the reader sees a live element (the layout the real clean's sighting reads), so the copy
 * keeps what the real clean keeps: a copy the reader cannot see at this width is left alone.
 */
export function* previewSteps(
  doc: Document,
  /** A deep copy of doc.documentElement, taken by the caller as the reader will meet the page. */
  root: Element,
  cleanSteps: CleanSteps,
  rendered: Rendered,
): Steps<Previewed[]> {
  const copy = doc.implementation.createHTMLDocument('');
  copy.replaceChild(copy.adoptNode(root), copy.documentElement);
  // A deep copy holds the same elements in the same order: walked side by side, each names its original.
  const live = new Map<Element, Element>();
  const from = doc.createTreeWalker(doc.documentElement, 1);
  const to = copy.createTreeWalker(root, 1);
  for (let n = 0, a: Node | null = from.currentNode, b: Node | null = to.currentNode; a && b; n++) {
    live.set(b as Element, a as Element);
    if (pauseAt(n + 1)) yield;
    a = from.nextNode();
    b = to.nextNode();
  }
  const named = (element: Element) => live.get(element);
  const found: Previewed[] = [];
  yield* cleanSteps(copy, {
    url: doc.location?.href ?? null,
    force: true,
    detection: UNREAD_DETECTION,
    rendered: (element) => {
      const original = named(element);
      return original !== undefined && rendered(original);
    },
    remove: (element, _removal, keepers) => {
      const original = named(element);
      if (original)
        found.push({ element: original, keepers: (keepers ?? []).flatMap((kept) => named(kept) ?? []) });
      element.remove();
      return undefined;
    },
  });
  return found;
}
