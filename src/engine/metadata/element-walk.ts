const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'NAV',
  'SELECT',
  'TEXTAREA',
]);

/**
 * Visits root's descendant elements in document order, skipping whole subtrees that `skip` names and
 * those that never hold page text (scripts, styles, navigation). Linear: no ancestor look-ups.
 */
export function walkElements(
  root: Element,
  skip: (el: Element) => boolean,
  visit: (el: Element) => void,
): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    const enter = !NEVER_TEXT.has(el.tagName) && !skip(el);
    if (enter) visit(el);
    let nextEl: Element | null = enter ? el.firstElementChild : null;
    for (let up: Element | null = el; !nextEl && up && up !== root; up = up.parentElement) {
      nextEl = up.nextElementSibling;
    }
    el = nextEl;
  }
}

/** A skip test for metadata scans: related sections, and the site's own header, footer and menus. */
export function siteChromeSkipper(related: ReadonlySet<Element>): (el: Element) => boolean {
  return (el) => {
    if (related.has(el)) return true;
    const role = el.getAttribute('role');
    if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'menu') return true;
    if (el.tagName !== 'HEADER' && el.tagName !== 'FOOTER') return false;
    // A header or footer inside the story's container is the story's own (it may name the source).
    return el.parentElement?.closest('article, main, section, aside, [itemprop="articleBody"]') == null;
  };
}
