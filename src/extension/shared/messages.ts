// Every message the extension's parts exchange, as discriminated unions, with the reply each one gets.
import type { Article, CustomRules, Detection, Removal, RuleName } from '../../engine/core/types';
import type { QuickScan } from '../../engine/detection/signals/quick-scan';

/** What the content script knows about its page; the popup and the background decide from it. */
export interface PageStatus {
  host: string;
  /** False for documents the engine cannot read (a PDF viewer, an image, plain text). */
  readable: boolean;
  detection: Detection | null;
  cleaned: boolean;
  removedCount: number;
  /** The last error the content script caught, so failures show up instead of vanishing. */
  error: string | null;
  /**
   * Removals put back because the reader could no longer see text they saw before the clean (the newest
   * last, at most a few dozen kept).
   */
  undone: UndoneRemoval[];
  /** What the extension has cost this page's main thread so far. */
  work: WorkStats;
}

/** A removal put back after the clean, and why. */
export interface UndoneRemoval {
  /** The rule that removed it; null when a clean as a whole was put back. */
  rule: RuleName | null;
  text: string;
  reason: string;
}

/** The kinds of synchronous work the content script does in a page. */
export type WorkKind = 'detect' | 'clean' | 'verify' | 'restore' | 'observe' | 'extract';

interface WorkTotals {
  slices: number;
  totalMs: number;
  longestMs: number;
}

export interface WorkStats extends WorkTotals {
  longestKind: WorkKind | null;
  byKind: Partial<Record<WorkKind, WorkTotals>>;
  /** The observer's bookkeeping: batches handled, added elements seen, and elements dropped over the cap. */
  observed: { batches: number; nodes: number; dropped: number };
}

export interface ArticleView extends Article {
  removed: Removal[];
}

/** Popup and background → content script. */
export type ContentMessage =
  | { type: 'get-status' }
  | { type: 'get-article' }
  | { type: 'show-original' }
  | { type: 'clean-again' }
  /** Options page: how many blocks these rules would remove on the page as it is now. */
  | { type: 'count-matches'; custom: CustomRules };

export interface ContentReplies {
  'get-status': PageStatus;
  'get-article': { status: PageStatus; article: ArticleView | null };
  'show-original': PageStatus;
  'clean-again': PageStatus;
  'count-matches': { phrases: number; selectors: number };
}

/** Content script → background. */
export type BackgroundMessage =
  | { type: 'removed-count'; count: number }
  /** The gate's scan of a page's text, run in the background so the page's main thread does not (lookout.ts). */
  | { type: 'scan-text'; text: string };

export interface BackgroundReplies {
  'removed-count': { ok: true };
  'scan-text': QuickScan;
}

/** Replies travel in an envelope so a handler's failure arrives as a message, not a dead channel. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export type ContentReply<K extends ContentMessage['type']> = ContentReplies[K];
export type BackgroundReply<K extends BackgroundMessage['type']> = BackgroundReplies[K];

export const CONTENT_MESSAGE_TYPES = [
  'get-status',
  'get-article',
  'show-original',
  'clean-again',
  'count-matches',
] as const;
export const BACKGROUND_MESSAGE_TYPES = ['removed-count', 'scan-text'] as const;
