import { squash } from '../text/fold';

/** The page's headline: the first h1 with text, else og:title, else <title> without its site suffix. */
export function pageTitle(doc: Document): string | null {
  for (const h1 of doc.getElementsByTagName('h1')) {
    const text = squash(h1.textContent ?? '');
    if (text) return text;
  }
  const og = doc
    .querySelector('meta[property="og:title"], meta[name="twitter:title"]')
    ?.getAttribute('content');
  if (og && squash(og)) return squash(og);
  const title = squash(doc.title ?? '');
  if (!title) return null;
  return title.split(/\s+[|\u2013\u2014-]\s+/)[0] ?? title;
}
