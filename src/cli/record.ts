import type { Article, Detection, Removal } from '../engine/core/types';
import type { ArticleFields } from '../formats/article-format';

/** Milliseconds per stage, rounded to 0.01. */
interface Timings {
  parse: number;
  detect: number;
  clean: number;
  extract: number;
}

/** The article's fields a record carries: what the formats read, and the text and HTML (toRecord() sets the
 * JSON key order). */
type RecordArticle = ArticleFields & Pick<Article, 'text' | 'html'>;

/** One processed page as the CLI reports it. */
export type CliRecord = { file: string; url: string | null } & Pick<
  Detection,
  'isAggregator' | 'score' | 'signals'
> &
  RecordArticle & { removed: Removal[]; timings: Timings };

export interface RecordParts {
  file: string;
  url: string | null;
  detection: Detection;
  article: Article;
  removed: Removal[];
  timings: Timings;
}

export function toRecord({ file, url, detection, article, removed, timings }: RecordParts): CliRecord {
  return {
    file,
    url,
    isAggregator: detection.isAggregator,
    score: detection.score,
    signals: detection.signals,
    title: article.title,
    source: article.source,
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    canonicalUrl: article.canonicalUrl,
    originalUrl: article.originalUrl,
    paragraphs: article.paragraphs,
    text: article.paragraphs.join('\n'),
    html: article.html,
    related: article.related,
    removed,
    timings,
  };
}

export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}
