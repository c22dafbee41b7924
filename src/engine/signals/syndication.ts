import type { Signal } from '../types';

/** <meta name=...> and <link rel=...> values by which a page names the outlet it republishes. */
const MARKS = new Set(['syndication-source', 'original-source']);

/**
 * One pass over the head's children (the parser puts <meta> and <link> there): no selector engine, whose
 * first query on a Document costs more in some DOM libraries than this whole check.
 */
export function syndicationMeta(doc: Document): Signal | null {
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName;
    const key = tag === 'meta' ? 'name' : tag === 'link' ? 'rel' : null;
    const value = key ? el.getAttribute(key)?.trim().toLowerCase() : undefined;
    if (value && MARKS.has(value)) {
      return {
        name: 'syndication-meta',
        weight: 1.5,
        detail: `the page names its original source (${value})`,
      };
    }
  }
  return null;
}
