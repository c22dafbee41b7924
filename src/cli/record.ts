import type { Article, Detection, RelatedStory, Removal, Signal } from '../engine/core/types';

/** Milliseconds per stage, rounded to 0.01. */
interface Timings {
  parse: number;
  detect: number;
  clean: number;
  extract: number;
}

/** One processed page as the CLI reports it; the key order here is the JSON key order. */
export interface CliRecord {
  file: string;
  url: string | null;
  isAggregator: boolean;
  score: number;
  signals: Signal[];
  title: string;
  source: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  originalUrl: string | null;
  paragraphs: string[];
  text: string;
  html: string;
  related: RelatedStory[];
  removed: Removal[];
  timings: Timings;
}

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
