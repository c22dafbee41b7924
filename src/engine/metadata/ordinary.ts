import { PUBLISHED_META, SITE_NAME_META } from '../data/metadata-hints';
import { hostOf } from '../page/page-url';
import { readTitle } from '../page/title';
import { cleanUrl } from '../page/url';
import { linkHref, PageMeta } from './head-meta';
import type { PageMetadata } from './metadata';
import { readDir, readLang } from './metadata-lang';

/**
 * An ordinary page is its own source: only the facts the head and headline state are read, and Readability
 * fills the byline. The aggregator-only searches (original outlet, original link, related sections) would
 * cost more than the extraction itself on a large page and find nothing.
 */
export function ordinaryMetadata(doc: Document, url: string | null): PageMetadata {
  const meta = new PageMeta(doc);
  const canonical = linkHref(doc, 'canonical') ?? meta.get(['og:url']);
  const canonicalUrl = canonical ? cleanUrl(canonical, url) : null;
  const siteName = meta.get(SITE_NAME_META) ?? hostOf(url ?? canonicalUrl);
  const lang = readLang(doc, meta);
  return {
    title: readTitle(doc, siteName, { meta }),
    source: siteName,
    siteName,
    byline: null,
    published: meta.get(PUBLISHED_META),
    canonicalUrl,
    originalUrl: null,
    lang,
    dir: readDir(doc, lang),
  };
}
