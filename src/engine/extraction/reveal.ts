import { hidesSubtree } from '../dom/hidden';

const COLLAPSED = /collaps|expand|more|rest|continu|truncat|remainder|full/i;

/**
 * On a cleaned aggregator page, text still hidden is no copy (copies are gone) but the rest of the
 * story behind a "Continue reading" button. Shown in the extraction clone so the article is whole.
 */
export function revealCollapsed(doc: Document): void {
  const controlled = new Set<string>();
  for (const control of doc.querySelectorAll('[aria-controls]')) {
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) controlled.add(id);
  }
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if (el.tagName === 'NOSCRIPT' || el.tagName === 'TEMPLATE' || !hidesSubtree(el)) continue;
    const named = `${el.id} ${el.getAttribute('class') ?? ''}`;
    if (!controlled.has(el.id) && !COLLAPSED.test(named)) continue;
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
    el.removeAttribute('style');
    el.setAttribute(
      'class',
      (el.getAttribute('class') ?? '').replace(/\b(?:hidden|collapsed|d-none|is-hidden)\b/g, ''),
    );
  }
}
