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

/** fold() or a memo of it. */
export type Folder = (text: string) => string;

/**
 * fold() remembering its answers, for one clean(): rules and passes fold the same paragraphs again, and a
 * copied body folds the same sentences twice. Each fold allocates several strings the length of its text.
 */
export function memoFold(): Folder {
  const memo = new Map<string, string>();
  return (text) => {
    let folded = memo.get(text);
    if (folded === undefined) {
      folded = fold(text);
      memo.set(text, folded);
    }
    return folded;
  };
}

/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function squash(text: string): string {
  // Most text is already squashed; a replace() would copy it anyway, and a long page's strings add up to
  // hundreds of megabytes of garbage, which the page pays for in collection pauses.
  if (!UNSQUASHED.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** Two whitespace characters in a row, one that is not a plain space, or whitespace at either end. (\s covers U+00A0.) */
const UNSQUASHED = /\s\s|[^\S ]|^\s|\s$/;

// A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) and whitespace.
// Copies of one text always split the same way, so abbreviations ("Mr. Trump") split consistently.
const SENTENCE_END = /(?<=[.!?\u2026]['"\u2019\u201d)\]]*)\s+/u;

/** Splits text into folded sentences, dropping empty ones. */
export function foldedSentences(text: string, folder: Folder = fold): string[] {
  const out: string[] = [];
  for (const part of squash(text).split(SENTENCE_END)) {
    const folded = folder(part);
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

/** Words of an already folded text: its spaces plus one. */
export function foldedWords(folded: string): number {
  return folded ? spaceCount(folded) + 1 : 0;
}

/** Plain spaces in a text, counted with native indexOf rather than a split or a loop over characters. */
export function spaceCount(text: string): number {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) spaces++;
  return spaces;
}
