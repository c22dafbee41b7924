import { squash } from '../text/fold';

/** Finds the ancestors that hold little besides an element: see unitsAround(). */
export type UnitsAround = (el: Element, length: number, extra: number) => Element[];

/**
 * unitsAround() for one reading of an unchanging page: what is learnt of an ancestor's text is kept, since
 * the paragraphs of one container all ask about it (a long copy's container holds megabytes, and each of its
 * thousands of paragraphs would read the start of it again).
 */
export function unitsAroundReader(): UnitsAround {
  // Per element: its collapsed text length if read whole, else a length its text is known to exceed.
  const known = new Map<Element, { length: number; whole: boolean }>();
  const longerThan = (node: Element, limit: number): boolean => {
    let seen = known.get(node);
    if (!seen || (!seen.whole && seen.length <= limit)) {
      // Read past the limit, so that the next paragraph's (a little longer) is answered too.
      seen = measure(node, limit * 2);
      known.set(node, seen);
    }
    return seen.length > limit;
  };
  return (el, length, extra) => {
    const found: Element[] = [];
    for (let node = el.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
      if (longerThan(node, length + extra)) break;
      found.push(node);
    }
    return found;
  };
}

/**
 * The ancestors of `el` that hold little besides it, innermost first: each one's text is at most `extra`
 * characters longer than `length` (the text of `el`). A card ("title link, date, teaser") or a form widget
 * ("note, input, button") around a paragraph shows up here; an article's container, which holds the other
 * paragraphs, does not.
 */
export const unitsAround: UnitsAround = (el, length, extra) => unitsAroundReader()(el, length, extra);

/** The element's collapsed text length, or once it is past `cap`, a length it is known to exceed. */
function measure(root: Element, cap: number): { length: number; whole: boolean } {
  let text = '';
  let solid = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    text += value;
    // Characters other than whitespace only grow the collapsed text.
    solid += value.length - (value.match(/\s/g)?.length ?? 0);
    if (solid > cap) return { length: solid, whole: false };
  }
  return { length: squash(text).length, whole: true };
}
