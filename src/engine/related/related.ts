import { pauseAt, runSteps, type Steps } from '../core/steps';
import type { RelatedStory } from '../core/types';
import { AD_WIDGET } from '../data/related-phrases';
import { linkHref, metaContent } from '../metadata/head-meta';
import { cleanUrl } from '../page/url';
import { cardMeta } from './card-meta';
import { cardTitle } from './card-title';
import { assignClusters } from './cluster';
import { storyCards } from './related-cards';
import { pageStory } from './related-page';
import { findRelatedSectionsSteps } from './related-sections';

export { findRelatedSections } from './related-sections';

/**
 * The stories a page lists in its related sections: title, clean URL, outlet and time as the card
 * shows them, and a cluster number shared by stories about the same event. Skips links to the page
 * itself (baseUrl, ownUrls). Reads the Document only. `sections` saves a second search when the
 * caller has run findRelatedSections already.
 */
export function extractRelated(
  doc: Document,
  baseUrl: string | null,
  ownUrls: readonly string[] = [],
  sections?: readonly Element[],
): RelatedStory[] {
  return runSteps(extractRelatedSteps(doc, baseUrl, ownUrls, sections));
}

/** extractRelated() in steps: a pause every few cards, whose titles and lines are read by patterns. */
export function* extractRelatedSteps(
  doc: Document,
  baseUrl: string | null,
  ownUrls: readonly string[] = [],
  sections?: readonly Element[],
): Steps<RelatedStory[]> {
  const read = sections ?? (yield* findRelatedSectionsSteps(doc));
  if (read.length === 0) return [];
  const base = pageBase(doc, baseUrl);
  const own = new Set<string>();
  for (const url of [baseUrl, ...ownUrls]) {
    const clean = url ? cleanUrl(url, base) : null;
    if (clean) own.add(clean);
  }
  const stories: (Omit<RelatedStory, 'cluster'> & { summary: string })[] = [];
  const seen = new Set<string>();
  let handled = 0;
  for (const section of read) {
    for (const { url, anchor, card } of storyCards(section, base, own)) {
      if (pauseAt(++handled)) yield;
      if (seen.has(url) || isAdCard(anchor, section)) continue;
      const title = cardTitle(anchor, card);
      if (!title) continue;
      seen.add(url);
      const { source, published, summary } = cardMeta(card, title, url);
      stories.push({ title, url, source, published, summary });
    }
  }
  yield;
  const clusters = assignClusters(
    stories.map((s) => ({ title: s.title, text: s.summary })),
    pageStory(doc, read),
  );
  return stories.map(({ summary: _summary, ...story }, i) => ({ ...story, cluster: clusters[i] ?? i }));
}

/** How far above a related section the ad widget that wraps it may start. */
const WIDGET_LEVELS = 3;

/**
 * Ad-network widgets dress ads as related stories; they are removed with the sections, not listed. The
 * widget may be the section's own wrapper ("div.ob_container > div.ob_container_recs"), so the walk goes a
 * few levels above the section, but not to the page's wrappers ("no-ads" on a layout div).
 */
function isAdCard(anchor: Element, section: Element): boolean {
  if (/\bsponsored\b/i.test(anchor.getAttribute('rel') ?? '')) return true;
  let above = -1;
  for (let node: Element | null = anchor; node && node.localName !== 'body'; node = node.parentElement) {
    if (node === section) above = 0;
    else if (above >= 0 && ++above > WIDGET_LEVELS) break;
    if (node.hasAttributes() && AD_WIDGET.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
  }
  return false;
}

/** The URL relative links resolve against: the caller's, else the page's canonical URL. */
function pageBase(doc: Document, baseUrl: string | null): string | null {
  const canonical = linkHref(doc, 'canonical') ?? metaContent(doc, ['og:url']);
  return (baseUrl ? cleanUrl(baseUrl, null) : null) ?? (canonical ? cleanUrl(canonical, null) : null);
}
