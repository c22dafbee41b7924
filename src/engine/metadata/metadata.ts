import type { Article } from '../core/types';
import { PUBLISHED_META, SITE_NAME_META } from '../data/metadata-hints';
import { hostOf } from '../page/page-url';
import { readTitle } from '../page/title';
import { cleanUrl } from '../page/url';
import { findRelatedSections } from '../related/related-sections';
import { squash } from '../text/fold';
import { linkHref, PageMeta } from './head-meta';
import { mainNode, readJsonLd } from './json-ld';
import { nameAt, textAt } from './json-ld-values';
import { readByline } from './metadata-byline';
import { headlineFacts } from './metadata-headline';
import { readDir, readLang } from './metadata-lang';
import { originalUrl } from './metadata-original';
import { markedSource } from './metadata-source';

/** The article's metadata fields (see Article), read from the page; the title may be missing. */
export type PageMetadata = Pick<
  Article,
  'source' | 'siteName' | 'byline' | 'published' | 'canonicalUrl' | 'originalUrl' | 'lang' | 'dir'
> & { title: string | null };

/**
 * Reads a page's metadata without changing it. `url` is the page's address (relative links resolve
 * against it); `sections` are its related sections when the caller has them already.
 */
export function readMetadata(
  doc: Document,
  url: string | null,
  sections: readonly Element[] = findRelatedSections(doc),
): PageMetadata {
  const related = new Set(sections);
  const ld = readJsonLd(doc);
  const main = mainNode(ld);
  const meta = new PageMeta(doc);
  const canonical = linkHref(doc, 'canonical') ?? meta.get(['og:url']);
  const canonicalUrl = canonical ? cleanUrl(canonical, url) : null;
  const pageUrl = url ?? canonicalUrl;
  const siteName = meta.get(SITE_NAME_META) ?? nameAt(main, 'publisher', ld) ?? hostOf(pageUrl);
  const near = headlineFacts(doc, related);
  const source = near.source ?? markedSource(doc, related, ld, main, siteName, meta);
  const lang = readLang(doc, meta);
  return {
    title: readTitle(doc, siteName, { related, meta }),
    source,
    siteName,
    byline: readByline(doc, related, ld, main, near.byline, [source, siteName], meta),
    published:
      near.published ??
      timeElement(doc, related) ??
      meta.get(PUBLISHED_META) ??
      textAt(main, 'datePublished'),
    canonicalUrl,
    originalUrl: originalUrl(doc, pageUrl, related, ld, main, meta),
    lang,
    dir: readDir(doc, lang),
  };
}

/** The first <time> outside the related sections: its datetime, else its text. */
function timeElement(doc: Document, related: ReadonlySet<Element>): string | null {
  for (const time of doc.querySelectorAll('time')) {
    let inRelated = false;
    for (let node: Element | null = time; node && !inRelated; node = node.parentElement)
      inRelated = related.has(node);
    if (inRelated || time.closest('nav') || inSiteChrome(time)) continue;
    const value = time.getAttribute('datetime')?.trim() || squash(time.textContent ?? '');
    if (value) return value;
  }
  return null;
}

/** Inside the site's own header or footer (not an article's): the date there is today's, not the story's. */
function inSiteChrome(el: Element): boolean {
  const region = el.closest('header, footer');
  return region !== null && region.parentElement?.closest('article, main, section, aside') == null;
}
