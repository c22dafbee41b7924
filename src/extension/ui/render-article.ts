// Fills an article view (the popup's, the reader tab's): header, sanitised body, "Open original" and related stories.
import { t } from '../shared/i18n';
import type { ArticleView } from '../shared/messages';
import { byId, externalLink } from './dom';
import { formatDate, isSameOutlet } from './format';
import { groupRelated, type RelatedEntry } from './related';
import { safeFragment } from './safe-html';
import { webUrl } from './web-url';

/** Events on the document when an article is shown or taken away: the read-aloud bar follows them. */
export const ARTICLE_SHOWN = 'clean-reader:article-shown';
export const ARTICLE_HIDDEN = 'clean-reader:article-hidden';

function relatedItem(doc: Document, entry: RelatedEntry): HTMLLIElement {
  const item = doc.createElement('li');
  item.append(externalLink(doc, entry.title, entry.url));
  const outlets = doc.createElement('span');
  outlets.className = 'outlets';
  outlets.append(`${t('carriedBy')}: `);
  entry.outlets.forEach((outlet, index) => {
    if (index > 0) outlets.append(', ');
    outlets.append(externalLink(doc, outlet.name, outlet.url));
  });
  item.append(outlets);
  return item;
}

function metaLine(article: ArticleView, locale: string): string {
  const parts = [
    article.byline,
    formatDate(article.published, locale),
    article.readingMinutes > 0 ? t('readingTime', String(article.readingMinutes)) : null,
  ];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

function renderHeader(doc: Document, article: ArticleView, locale: string): void {
  const source = article.source ?? article.siteName;
  byId(doc, 'source').textContent = source ?? '';
  const showVia = article.siteName !== null && !isSameOutlet(source, article.siteName);
  byId(doc, 'site').textContent = showVia ? t('viaSite', article.siteName ?? '') : '';
  byId(doc, 'title').textContent = article.title;
  byId(doc, 'meta').textContent = metaLine(article, locale);
}

function renderRelated(doc: Document, article: ArticleView): void {
  const related = groupRelated(article.related);
  byId(doc, 'related-list').replaceChildren(...related.map((entry) => relatedItem(doc, entry)));
  byId(doc, 'related').hidden = related.length === 0;
}

export function renderArticle(doc: Document, article: ArticleView, locale: string): void {
  renderHeader(doc, article, locale);
  const container = byId(doc, 'article');
  container.lang = article.lang ?? '';
  container.dir = article.dir ?? '';
  byId(doc, 'body').replaceChildren(safeFragment(article.html, doc, article.canonicalUrl ?? undefined));
  const original = byId<HTMLAnchorElement>(doc, 'open-original');
  const originalUrl = article.originalUrl ? webUrl(article.originalUrl) : null;
  original.hidden = originalUrl === null;
  if (originalUrl) original.href = originalUrl;
  container.hidden = false;
  renderRelated(doc, article);
  // The benchmark's "popup open to article shown" ends here (bench/chromium-popup.ts).
  performance.mark('clean-reader:article-shown');
  doc.dispatchEvent(new Event(ARTICLE_SHOWN));
}

export function hideArticle(doc: Document): void {
  byId(doc, 'article').hidden = true;
  byId(doc, 'related').hidden = true;
  doc.dispatchEvent(new Event(ARTICLE_HIDDEN));
}
