// Text normalisation for comparing copies. Aggregators re-render the same story with different quote
// styles, dashes, spacing and case, so copies are compared on a folded form: lower case, letters and
// digits only, single spaces. The folded string is the hash key (JS Map hashing), which keeps the
// duplicate search linear in the page's text.

const QUOTES =
  /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4'"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** Folds text to the form copies are compared in. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) and whitespace.
// Copies of one text always split the same way, so abbreviations ("Mr. Trump") split consistently.
const SENTENCE_END = /(?<=[.!?\u2026]['"\u2019\u201d)\]]*)\s+/u;

/** Splits text into folded sentences, dropping empty ones. */
export function foldedSentences(text: string): string[] {
  const out: string[] = [];
  for (const part of squash(text).split(SENTENCE_END)) {
    const folded = fold(part);
    if (folded) out.push(folded);
  }
  return out;
}

/** True when the raw text ends like a truncated teaser ("…", "...", "[…]"). */
export function isTruncated(text: string): boolean {
  return /(\u2026|\.\.\.)\s*\]?\s*$/.test(text.trim());
}

/** Shortens text for display in a removal report. */
export function snippet(text: string, max = 120): string {
  const flat = squash(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}

export function wordCount(text: string): number {
  const folded = fold(text);
  return folded ? folded.split(' ').length : 0;
}
