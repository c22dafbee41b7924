import { Readability } from '@mozilla/readability';
import { clean } from '../cleaning/clean';
import type { Article, Detection, EngineOptions, RelatedStory, Removal } from '../core/types';
import { detect } from '../detection/detect';
import { isAttached } from '../dom/ancestry';
import { collectBlocks } from '../dom/blocks';
import { customBlocksAsDivs } from '../dom/custom-blocks';
import { removedCredit } from '../labels/attribution';
import { isTemplateLine, namesOutletThenTime } from '../labels/meta-line';
import { type PageMetadata, readMetadata } from '../metadata/metadata';
import { statedIn } from '../metadata/metadata-source';
import { ordinaryMetadata } from '../metadata/ordinary';
import { pageUrl } from '../page/page-url';
import { extractRelated, findRelatedSections } from '../related/related';
import { fold } from '../text/fold';
import { readingMinutes } from './paragraphs';
import { revealCollapsed } from './reveal';
import { sanitizeArticle } from './sanitize';

export interface Extraction extends Article {
  /** Null when the caller cleaned the Document itself (options.cleaned) and so holds the detection. */
  detection: Detection | null;
  removed: Removal[];
}

export interface ExtractOptions extends EngineOptions {
  /** The page's detection, when the caller has it: the page is not analysed again. */
  detection?: Detection;
  /**
   * The caller hands the Document over (it parsed it only for this): no deep copy is made and the Document
   * is changed. A live page must never pass this; the CLI, which parses each page once, does.
   */
  inPlace?: boolean;
}

/** A credit line is short: "Bereitgestellt von Hamburger Abendblatt". */
const MAX_CREDIT_LINE = 120;
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright)/i;

interface AggregatorParts {
  meta: PageMetadata;
  related: RelatedStory[];
  removed: Removal[];
}

/**
 * The clean article of a page. Works on a deep clone unless told `inPlace`: the Document given is otherwise
 * never changed, so the content script can extract from the live page. An ordinary page costs little more
 * than Readability itself: the aggregator-only work (related stories, the original outlet, cleaning) is
 * skipped, and the article is sanitised as a tree rather than serialised and parsed again.
 */
export function extract(doc: Document, options: ExtractOptions = {}): Extraction {
  const url = pageUrl(doc, options.url);
  const work = options.inPlace ? doc : (doc.cloneNode(true) as Document);
  const detection = options.cleaned ? null : (options.detection ?? detect(work, { ...options, url }));
  const aggregator = options.cleaned || options.force || detection?.isAggregator === true;
  const parts = aggregator ? prepareAggregator(work, url, options, detection) : null;
  // Read before Readability, which takes the page apart.
  const meta = parts?.meta ?? ordinaryMetadata(work, url);
  if (work.body) customBlocksAsDivs(work.body);
  // Readability hands over its element (not a string): it is sanitised as a tree, serialised once.
  const parsed = new Readability(work, { charThreshold: 200, serializer: (el) => el }).parse();
  const content = (parsed?.content ?? null) as Element | null;
  const { html, paragraphs } = sanitizeArticle(content);
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
    related: parts?.related ?? [],
    detection,
    removed: parts?.removed ?? [],
  };
}

/** Related stories, cleaning, collapsed text and the original outlet: what only an aggregator page needs. */
function prepareAggregator(
  work: Document,
  url: string | null,
  options: ExtractOptions,
  detection: Detection | null,
): AggregatorParts {
  // Related cards are read before cleaning: cleaning may drop a card's repeated summary.
  const found = findRelatedSections(work);
  const related = extractRelated(work, url, url ? [url] : [], found);
  const removed =
    options.cleaned || !detection ? [] : clean(work, { ...options, url, force: true, detection }).removed;
  revealCollapsed(work);
  const sections = found.filter((section) => isAttached(section, work));
  const meta = readMetadata(work, url, sections);
  meta.source ??= removedCredit(removed);
  for (const section of sections) section.remove();
  removeMetaLines(work, meta.source);
  return { meta, related, removed };
}

/** Outlet-and-time lines ("The Advertiser3 days ago", "Le Monde · 14:05") are metadata, not body text. */
function removeMetaLines(doc: Document, source: string | null): void {
  const body = doc.body;
  if (!body) return;
  for (const block of collectBlocks(body)) {
    // A line goes when its template shows (isTemplateLine), or when it names the story's own outlet as a
    // label or a credit.
    if (isTemplateLine(block.text) || (source !== null && namesOutlet(block.text, source)))
      block.element.remove();
  }
}

/** The story's own outlet and a time, or a line crediting it ("Provided by X", "Source: X"): the popup's header says so. */
function namesOutlet(text: string, source: string): boolean {
  if (namesOutletThenTime(text, source)) return true;
  // A copyright notice is the outlet's own footer, part of what it published: it stays.
  if (text.length > MAX_CREDIT_LINE || COPYRIGHT_LINE.test(text)) return false;
  const credited = statedIn(text, null);
  return credited !== null && fold(credited) === fold(source);
}

function nonRepeat(value: string | null, other: string | null): string | null {
  return value && other && value.trim().toLowerCase() === other.trim().toLowerCase() ? null : value;
}
