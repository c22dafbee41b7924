// The clean article as Markdown, as plain text, and its meta line: one format for the CLI and the extension's
// export alike. Built from the extracted fields, never from page markup, so nothing from the page can turn into
// active content; Markdown escaping is markdown-escape.ts's.
import type { Article } from '../engine/core/types';
import { escapeMarkdown, markdownUrl } from './markdown-escape';

/** What the formats read of an article. */
export type ArticleFields = Pick<
  Article,
  | 'title'
  | 'source'
  | 'siteName'
  | 'byline'
  | 'published'
  | 'canonicalUrl'
  | 'originalUrl'
  | 'paragraphs'
  | 'related'
>;

const META_SEPARATOR = ' · ';

/**
 * Source · Site · Byline · Published, only the parts present. On a publisher's own page the source and the site
 * are often the same name, which would read as a stutter, so repeats are dropped.
 */
export function metaParts(
  article: Pick<ArticleFields, 'source' | 'siteName' | 'byline' | 'published'>,
): string[] {
  const parts: string[] = [];
  for (const value of [article.source, article.siteName, article.byline, article.published]) {
    const part = value?.trim();
    if (part && !parts.some((seen) => seen.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  return parts;
}

/** The publisher's own link where the page names one, else the page's canonical address: web addresses only. */
function articleLink(article: Pick<ArticleFields, 'originalUrl' | 'canonicalUrl'>): string | null {
  const link = article.originalUrl ?? article.canonicalUrl;
  return link && /^https?:\/\//i.test(link) ? link : null;
}

/** Heading, italic meta line, the article's link, paragraphs, and the related stories as links. */
export function toMarkdown(article: ArticleFields): string {
  const blocks: string[] = [];
  if (article.title) blocks.push(`# ${escapeMarkdown(article.title)}`);
  const meta = metaParts(article);
  if (meta.length > 0) blocks.push(`*${meta.map(escapeMarkdown).join(META_SEPARATOR)}*`);
  const link = articleLink(article);
  if (link) blocks.push(`<${markdownUrl(link)}>`);
  blocks.push(...article.paragraphs.map(escapeMarkdown).filter((paragraph) => paragraph !== ''));
  if (article.related.length > 0) {
    const items = article.related.map((story) => {
      const source = story.source ? ` — ${escapeMarkdown(story.source)}` : '';
      return `- [${escapeMarkdown(story.title)}](${markdownUrl(story.url)})${source}`;
    });
    blocks.push('## Related stories', items.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Title, meta line and link, a blank line, one paragraph per line (as Article.text), and the related stories
 * after a blank line.
 */
export function toPlainText(article: ArticleFields): string {
  const head = [oneLine(article.title), metaParts(article).join(META_SEPARATOR), articleLink(article) ?? ''];
  const lines = head.filter((line) => line !== '');
  if (lines.length > 0) lines.push('');
  lines.push(...article.paragraphs.map(oneLine));
  if (article.related.length > 0) {
    lines.push('', 'Related stories:');
    for (const story of article.related) {
      const source = story.source ? ` — ${oneLine(story.source)}` : '';
      lines.push(`- ${oneLine(story.title)}${source} (${story.url})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// A line break inside a paragraph would make one paragraph read as two.
function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}
