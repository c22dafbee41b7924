// Reads <meta> and <link> tags with plain tag queries: attribute selectors that match nothing walk the
// whole tree slowly in some DOMs, and pages are large.

/**
 * A page's <meta> tags by key, each walk made once. The head's come first; the body's (microdata such as
 * itemprop="datePublished") are read only when asked for keys the head does not have: in some DOMs a tag
 * query of the body walks every node, about as long as reading the page's text.
 */
export class PageMeta {
  private readonly head = new Map<string, string>();
  private body: Map<string, string> | null = null;

  constructor(private readonly doc: Document) {
    if (doc.head) index(doc.head.getElementsByTagName('meta'), this.head);
  }

  /**
   * The first non-empty content of a <meta> whose name, property or itemprop is one of keys (in key order),
   * the head's before the body's.
   */
  get(keys: readonly string[]): string | null {
    const value = firstOf(this.head, keys);
    if (value !== null) return value;
    if (!this.body) {
      this.body = new Map();
      // No head element (a fragment-like or XML page): its <meta> tags may be anywhere.
      const rest = this.doc.head ? this.doc.body : this.doc;
      if (rest) index(rest.getElementsByTagName('meta'), this.body);
    }
    return firstOf(this.body, keys);
  }
}

/** One read of a page's <meta> tags; a caller reading several keys makes one PageMeta instead. */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  return new PageMeta(doc).get(keys);
}

function index(metas: Iterable<Element>, found: Map<string, string>): void {
  for (const meta of metas) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      // property="dc:creator og:author" names two keys.
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !found.has(key)) found.set(key, content);
      }
    }
  }
}

function firstOf(found: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
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
