// Reads <meta> and <link> tags with plain tag queries: attribute selectors that match nothing walk the
// whole tree slowly in some DOMs, and pages are large. getElementsByTagName, not querySelectorAll: a DOM
// keeps that collection, so the second read of the page's <meta> tags does not walk the tree again.

/** The first non-empty content of a <meta> whose name, property or itemprop is one of keys (in key order). */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const found = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      // property="dc:creator og:author" names two keys.
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !found.has(key)) found.set(key, content);
      }
    }
  }
  for (const key of keys) {
    const value = found.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/**
 * The href of the first <link> in the head whose rel list holds rel. Only the head: links belong there, and
 * in some DOMs each tag query of the whole document walks every node once.
 */
export function linkHref(doc: Document, rel: string): string | null {
  for (const link of doc.head?.getElementsByTagName('link') ?? []) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (href && rels.includes(rel)) return href;
  }
  return null;
}
