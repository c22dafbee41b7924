import { nextOutside } from '../dom/ancestry';

/** The page's URL: the caller's, else its canonical link or og:url, else the Document's own if http(s). */
export function pageUrl(doc: Document, given?: string | null): string | null {
  const base = given ?? (/^https?:/i.test(doc.URL) ? doc.URL : undefined);
  // Each source is read only if the ones before it fail: this runs on every page load.
  const sources = [
    () => given,
    () => headValue(doc, 'link', 'rel', 'canonical', 'href'),
    () => headValue(doc, 'meta', 'property', 'og:url', 'content'),
    () => doc.URL,
  ];
  for (const source of sources) {
    const url = webUrl(source(), base);
    if (url) return url;
  }
  return null;
}

function webUrl(candidate: string | null | undefined, base: string | undefined): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * `value` of the first <tag> in the head whose `key` attribute is `wanted`. A walk of the head's elements, not a
 * query: in jsdom, a tag query builds a live collection whose first read costs more than the rest of this
 * check, which runs on every page load.
 */
export function headValue(
  doc: Document,
  tag: string,
  key: string,
  wanted: string,
  value: string,
): string | null {
  const head = doc.head;
  if (!head) return null;
  for (let el = head.firstElementChild; el; el = el.firstElementChild ?? nextOutside(el, head)) {
    if (el.localName === tag && el.getAttribute(key)?.trim().toLowerCase() === wanted)
      return el.getAttribute(value);
  }
  return null;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return bareHost(new URL(url).hostname.toLowerCase());
  } catch {
    return null;
  }
}

/** A host without its "www." (no regular expression: this runs on every page load). */
export function bareHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}
