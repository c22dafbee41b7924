// The few elements around the headline where aggregators print "<outlet><time>" and the byline.

const BEFORE_LIMIT = 40;
const AFTER_LIMIT = 80;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'NAV', 'FORM']);

/**
 * Elements near the headline in document order: those before the h1 inside its parent, then those
 * after it. Related sections and navigation are skipped whole; without an h1, the top of the body.
 */
export function headlineRegion(doc: Document, skip: ReadonlySet<Element>): Element[] {
  const body = doc.body;
  if (!body) return [];
  const h1 = headlineElements(doc, skip)[0] ?? body.querySelector('h1');
  const out: Element[] = [];
  if (h1?.parentElement) {
    for (
      let el = next(h1.parentElement, false, h1.parentElement, skip);
      el && el !== h1 && out.length < BEFORE_LIMIT;
    ) {
      out.push(el);
      el = next(el, false, h1.parentElement, skip);
    }
  }
  let el = h1 ? next(h1, true, null, skip) : next(body, false, body, skip);
  for (let count = 0; el && count < AFTER_LIMIT; count++) {
    out.push(el);
    el = next(el, false, null, skip);
  }
  return out;
}

/** The next element in document order, optionally past el's subtree, never leaving root. */
function next(
  el: Element,
  pastSubtree: boolean,
  root: Element | null,
  skip: ReadonlySet<Element>,
): Element | null {
  let node = (!pastSubtree && el.firstElementChild) || after(el, root);
  while (node && (skip.has(node) || SKIP_TAGS.has(node.tagName))) node = after(node, root);
  return node;
}

/** The element following el's subtree: its next sibling, or its nearest ancestor's (below root). */
function after(el: Element, root: Element | null): Element | null {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    if (up.nextElementSibling) return up.nextElementSibling;
  }
  return null;
}

/**
 * The page's h1s that can be its headline: not in navigation, not in the site's own header (an h1
 * there is the logo), not in `skip` (related sections).
 */
export function headlineElements(doc: Document, skip: ReadonlySet<Element>): Element[] {
  return [...doc.getElementsByTagName('h1')].filter((h1) => {
    for (let node: Element | null = h1; node; node = node.parentElement) if (skip.has(node)) return false;
    if (h1.closest('nav, [role="navigation"]')) return false;
    const header = h1.closest('header, [role="banner"]');
    return header === null || header.parentElement?.closest('article, main, section') != null;
  });
}
