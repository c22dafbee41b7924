import { ORIGINAL_LINK_TEXT, ORIGINAL_URL_META } from '../data/metadata-hints';
import { hostOf } from '../page/page-url';
import { cleanUrl } from '../page/url';
import { squash } from '../text/fold';
import { siteChromeSkipper, walkElements } from './element-walk';
import { linkHref, PageMeta } from './head-meta';
import type { JsonLd, JsonLdNode } from './json-ld';
import { urlOf } from './json-ld-values';

const MAX_PARENT_TEXT = 200;

/**
 * The original story's URL: syndication/original-source metadata, JSON-LD isBasedOn, else a link
 * such as "Read the original article" or "View on The Guardian" that leaves the page's own host.
 */
export function originalUrl(
  doc: Document,
  pageUrl: string | null,
  related: ReadonlySet<Element>,
  ld: JsonLd,
  main: JsonLdNode | null,
  meta = new PageMeta(doc),
): string | null {
  const own = pageUrl ? cleanUrl(pageUrl, null) : null;
  const declared = [
    meta.get(ORIGINAL_URL_META),
    linkHref(doc, 'original-source'),
    urlOf(main?.isBasedOn, ld),
  ];
  for (const value of declared) {
    const url = value ? cleanUrl(value, pageUrl) : null;
    if (url && url !== own) return url;
  }
  return originalLink(doc, pageUrl, related);
}

function originalLink(doc: Document, pageUrl: string | null, related: ReadonlySet<Element>): string | null {
  const body = doc.body;
  if (!body) return null;
  const ownHost = hostOf(pageUrl);
  let found: string | null = null;
  walkElements(body, siteChromeSkipper(related), (el) => {
    if (found || el.tagName !== 'A' || !saysOriginal(el)) return;
    const url = cleanUrl(el.getAttribute('href') ?? '', pageUrl);
    if (url && (!ownHost || hostOf(url) !== ownHost)) found = url;
  });
  return found;
}

/** The link's text, or the short line around it ("Originally published at <a>X</a>"), says "original". */
function saysOriginal(anchor: Element): boolean {
  const texts = [squash(anchor.textContent ?? '')];
  const parent = anchor.parentElement;
  if (parent && parent.childElementCount <= 3) {
    const line = squash(parent.textContent ?? '');
    if (line.length <= MAX_PARENT_TEXT) texts.push(line);
  }
  return texts.some((text) => ORIGINAL_LINK_TEXT.some((pattern) => pattern.test(text)));
}
