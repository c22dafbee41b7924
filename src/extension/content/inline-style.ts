// Puts an element's style attribute back as it was before our own inline style changed it.

/**
 * `style` is the attribute as it was (null: there was none). Chromium writes a style changed through CSSOM back
 * to the attribute lazily: removed before that, the attribute comes back empty (`style=""`) and the page is not
 * the page it was. Reading it first writes it.
 */
export function restoreStyle(element: Element, style: string | null): void {
  element.getAttribute('style');
  if (style === null) element.removeAttribute('style');
  else element.setAttribute('style', style);
}
