// The clean article as Markdown or plain text: title, source, link, body. Both are built from the
// extracted paragraphs, never from page markup, so nothing from the page can turn into active content.
import { escapeMarkdown, markdownUrl } from '../../formats/markdown-escape';
import type { ArticleView } from './messages';

export type ExportFormat = 'markdown' | 'text';

/** The outlet, and the aggregator showing it when that is another name. */
function sourceLine(article: ArticleView): string {
  const names: string[] = [];
  for (const name of [article.source, article.siteName, article.byline, article.published]) {
    const part = name?.trim();
    if (part && !names.some((seen) => seen.toLowerCase() === part.toLowerCase())) names.push(part);
  }
  return names.join(' · ');
}

/** The publisher's own link where the page names one, else the page's canonical address. */
function articleLink(article: ArticleView): string | null {
  const link = article.originalUrl ?? article.canonicalUrl;
  return link && /^https?:\/\//i.test(link) ? link : null;
}

export function toMarkdown(article: ArticleView): string {
  const blocks = [`# ${escapeMarkdown(article.title)}`];
  const source = sourceLine(article);
  if (source) blocks.push(`*${escapeMarkdown(source)}*`);
  const link = articleLink(article);
  if (link) blocks.push(`<${markdownUrl(link)}>`);
  blocks.push(...article.paragraphs.map(escapeMarkdown).filter((paragraph) => paragraph !== ''));
  return `${blocks.join('\n\n')}\n`;
}

export function toPlainText(article: ArticleView): string {
  const head = [article.title, sourceLine(article), articleLink(article) ?? ''].filter((line) => line !== '');
  return `${head.join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}

export function exportArticle(article: ArticleView, format: ExportFormat): string {
  return format === 'markdown' ? toMarkdown(article) : toPlainText(article);
}

/** A file name from the title: letters and digits of any script, dashes between words. */
export function markdownFileName(article: ArticleView): string {
  const slug = article.title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'article'}.md`;
}
