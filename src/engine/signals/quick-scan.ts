import { hasGluedTime } from './glued-time';

export interface QuickScan {
  /** Distinct long sentences that occur more than once in the page's text. */
  repeatedSentences: number;
  /** Text where a letter runs straight into a time ("The Advertiser3 days ago", "PressDecember 2"). */
  glued: boolean;
}

// Also splits where textContent glued two paragraphs ("year.Engineers"): copies split alike either way.
const SENTENCE = /[.!?\u2026]["'\u2019\u201d)]*(?:\s+|(?=[A-Z]))/g;
const LONG = 60;

/**
 * A cheap look at the page's text before any per-element work, so ordinary pages (the common case,
 * on every page load) are let go after one textContent read. It may let an ordinary page through
 * (script text counts too); the full detection decides. It must not stop an aggregator page, so it
 * only lower-cases: copies differing in more than case still show through glued labels or hosts.
 */
export function quickScan(body: Element): QuickScan {
  const text = body.textContent ?? '';
  const seen = new Set<string>();
  const repeated = new Set<string>();
  // Boundaries are found in place and only long sentences become strings: most pieces are short.
  let start = 0;
  SENTENCE.lastIndex = 0;
  for (let match = SENTENCE.exec(text); ; match = SENTENCE.exec(text)) {
    const end = match ? match.index : text.length;
    if (end - start >= LONG) {
      const key = text.slice(start, end).trim().toLowerCase();
      if (seen.has(key)) repeated.add(key);
      else seen.add(key);
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  return { repeatedSentences: repeated.size, glued: hasGluedTime(text) };
}
