// The reader tab's export: the clean article as Markdown or plain text, in the format the CLI writes too
// (formats/article-format.ts), and a file name for it.
import { toMarkdown, toPlainText } from '../../formats/article-format';
import type { ArticleView } from './messages';

export type ExportFormat = 'markdown' | 'text';

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
