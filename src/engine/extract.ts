import { Readability } from '@mozilla/readability';
import { clean } from './clean';
import { isAttached } from './dom/ancestry';
import { collectBlocks } from './dom/blocks';
import { metaLine } from './labels/meta-line';
import { readMetadata } from './metadata/metadata';
import { pageUrl } from './page-url';
import { paragraphsOf, readingMinutes } from './paragraphs';
import { extractRelated, findRelatedSections } from './related/related';
import { revealCollapsed } from './reveal';
import { sanitizeHtml } from './sanitize';
import type { Article, Detection, EngineOptions, Removal } from './types';

export interface Extraction extends Article {
  /** Null when the caller cleaned the Document itself (options.cleaned) and so holds the detection. */
  detection: Detection | null;
  removed: Removal[];
}

/**
 * The clean article of a page. Works on a deep clone: the Document given is never changed, so the
 * content script can extract from the live page.
 */
export function extract(doc: Document, options: EngineOptions = {}): Extraction {
  const url = pageUrl(doc, options.url);
  const clone = doc.cloneNode(true) as Document;
  // Related cards are read before cleaning: cleaning may drop a card's repeated summary.
  const found = findRelatedSections(clone);
  const related = extractRelated(clone, url, url ? [url] : [], found);
  const result = options.cleaned ? null : clean(clone, { ...options, url });
  if (options.cleaned || result?.cleaned) revealCollapsed(clone);
  const sections = found.filter((section) => isAttached(section, clone));
  const meta = readMetadata(clone, url, sections);
  for (const section of sections) section.remove();
  removeMetaLines(clone);
  const parsed = new Readability(clone, { charThreshold: 200 }).parse();
  const html = sanitizeHtml(doc, parsed?.content ?? '');
  const paragraphs = paragraphsOf(doc, html);
  return {
    title: meta.title ?? parsed?.title ?? '',
    source: meta.source,
    siteName: meta.siteName ?? parsed?.siteName ?? null,
    // An outlet named as its own author ("By CBC News") says nothing the source line does not.
    byline: nonRepeat(meta.byline ?? parsed?.byline ?? null, meta.source),
    published: meta.published ?? parsed?.publishedTime ?? null,
    canonicalUrl: meta.canonicalUrl,
    originalUrl: meta.originalUrl,
    lang: meta.lang ?? parsed?.lang ?? null,
    dir: meta.dir ?? (parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null),
    excerpt: parsed?.excerpt ?? paragraphs[0] ?? null,
    readingMinutes: readingMinutes(paragraphs),
    paragraphs,
    text: paragraphs.join('\n'),
    html,
    related,
    detection: result?.detection ?? null,
    removed: result?.removed ?? [],
  };
}

/** Outlet-and-time lines ("The Advertiser3 days ago") are metadata, not body text. */
function removeMetaLines(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const block of collectBlocks(body)) {
    const line = metaLine(block.text);
    // Only template-glued or bare time lines: "The fire started 3 days ago" is prose.
    if (line && (line.glued || line.source === null)) block.element.remove();
  }
}

function nonRepeat(value: string | null, other: string | null): string | null {
  return value && other && value.trim().toLowerCase() === other.trim().toLowerCase() ? null : value;
}
