// The page's headline, and a title without its site's name: one separator set and one choice of headline for
// detection (the repeated headline), cleaning (duplicate headlines) and extraction (the article's title).
import { TITLE_SEPARATOR, TITLE_SEPARATOR_LEFT } from '../data/separators';
import { PageMeta } from '../metadata/head-meta';
import { headlineElements } from '../metadata/headline-region';
import { onceOnly } from '../related/card-title';
import { compact, squash } from '../text/fold';

const MAX_SUFFIX_WORDS = 4;
const MAX_HEADLINE = 250;
const NO_SECTIONS: ReadonlySet<Element> = new Set();

/**
 * The headline: the page's h1 (outside `related`, navigation and the site's banner; not the logo, not a
 * paragraph-long caption), else og:title, else <title>, without a " | Site" suffix.
 */
export function readTitle(
  doc: Document,
  siteName: string | null,
  {
    related = NO_SECTIONS,
    meta = new PageMeta(doc),
  }: { related?: ReadonlySet<Element>; meta?: PageMeta } = {},
): string | null {
  for (const h1 of headlineElements(doc, related)) {
    const text = onceOnly(squash(h1.textContent ?? ''));
    // A one-word h1 matching the site is the logo; a paragraph-long one is a caption.
    if (text.includes(' ') && text.length <= MAX_HEADLINE && !sameName(text, siteName)) return text;
  }
  for (const raw of [meta.get(['og:title', 'twitter:title']), doc.title]) {
    const title = raw ? stripSiteName(squash(raw), siteName) : '';
    if (title) return title;
  }
  return null;
}

/** "Title | Site" -> "Title"; a short tail after a separator is the site even when unnamed. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  if (sameName(parts[0] ?? '', siteName)) return parts.slice(1).join(' - ');
  const tail = parts[parts.length - 1] ?? '';
  const head = title.slice(0, title.lastIndexOf(tail)).replace(TITLE_SEPARATOR_LEFT, '');
  if (sameName(tail, siteName)) return head;
  const shortTail = tail.split(' ').length <= MAX_SUFFIX_WORDS && head.split(' ').length >= 3;
  return shortTail ? head : title;
}

/** "World News Digest" names the site "worldnewsdigest.net"; "Daily8" names "Daily8". */
function sameName(text: string, siteName: string | null): boolean {
  if (siteName === null) return false;
  const squeeze = (value: string) => compact(value.replace(/^www\./i, ''));
  const site = siteName.toLowerCase();
  const bareHost = /^[a-z0-9.-]+\.[a-z]{2,}$/.test(site) ? site.replace(/\.[a-z.]+$/, '') : site;
  const name = squeeze(text);
  return name !== '' && (name === squeeze(siteName) || name === squeeze(bareHost));
}

/** The headline detection and cleaning compare copies with: readTitle()'s, when the site's name is not known. */
export function pageTitle(doc: Document): string | null {
  return readTitle(doc, null);
}
