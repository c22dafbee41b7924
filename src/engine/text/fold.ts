// Text normalisation for comparing copies. Aggregators re-render the same story with different quote
// styles, dashes, spacing, invisible characters and case, so copies are compared on a folded form: NFKC,
// case folded, letters and digits only, single spaces. Every comparison of texts (gate, detection, dedupe,
// headlines) goes through fold() or, for splitting and searching, plain(). The folded string is the hash
// key (JS Map hashing), which keeps the duplicate search linear in the page's text.

import { BMP_WORD } from '../data/word-chars';

// Marks that say nothing about the words: every apostrophe, quote and prime (a copy may type them
// straight, curly, as guillemets or as modifier letters), and characters that print nothing (zero-width
// spaces and joiners, soft hyphens, direction marks, variation selectors, the byte-order mark). They go
// before NFKC, so a letter and its accent split by one of them still compose.
const UNMARKED =
  /[\u0022\u0027\u0060\u00b4\u02b9-\u02bd\u2018-\u201f\u2032-\u2037\u2039\u203a\u2057\u00ab\u00bb\u275b-\u275e\u301d-\u301f\uff02\uff07\uff40\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ufe00-\ufe0f]/g;
// Runs of anything but letters and digits (and `keep`), except a lone space, which is already what it would
// become: replacing every space between words doubled the cost of a fold.
const nonWordPattern = (word: string, keep: string) => `[^${word}${keep}]{2,}|[^${word} ${keep}]`;
/** A character beyond the BMP (an emoji, a rare CJK letter), or a lone surrogate. */
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
/** Compiled on first use only, and cheap to compile with the u flag: the class is not negated. */
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;
/** An astral letter or digit stays; anything else beyond the BMP reads as a space, as the \p class reads it. */
const astralOrSpace = (char: string) => (char.length === 2 && ASTRAL_WORD.test(char) ? char : ' ');

/**
 * Replaces runs of anything but letters and digits (and `keep`) with one space, as /[^\p{L}\p{N}]/u would read
 * them, with a pattern compiled without the u flag: the BMP's letters and digits as ranges, and surrogates, of
 * which only astral letters and digits are left by then (few pages have any characters beyond the BMP).
 */
function nonWord(keep = ''): (text: string) => string {
  const pattern = new RegExp(nonWordPattern(`${BMP_WORD}\\ud800-\\udfff`, keep), 'g');
  return (text) => {
    ASTRAL.lastIndex = 0;
    const bmp = ASTRAL.test(text) ? text.replace(ASTRAL, astralOrSpace) : text;
    return bmp.replace(pattern, ' ');
  };
}
const NON_WORD = nonWord();
// Dashes do not matter to fold() (they are not letters), but do to a search in plain text.
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63]/g;

/**
 * Text in one typography, with its punctuation and case kept, for splitting into sentences alike whatever
 * marks a copy was typed with: NFKC (full-width forms, ligatures, the ellipsis as "...", every space
 * character as a plain space), no quotes, apostrophes or invisible characters, one kind of dash. Returns
 * the same string when there is nothing to change, which is the common case.
 */
export function plain(text: string): string {
  UNMARKED.lastIndex = 0;
  const bare = UNMARKED.test(text) ? text.replace(UNMARKED, '') : text;
  const normal = nfkc(bare);
  DASHES.lastIndex = 0;
  return DASHES.test(normal) ? normal.replace(DASHES, '-') : normal;
}

/** Characters per normalize() call on a long text (nfkc()). */
const NORMALIZE_BLOCK = 4096;

/**
 * NFKC of a text, a block of lines at a time. normalize() returns its input when the text passes ICU's quick
 * check, but one character that does not (a non-breaking space, a trademark sign) has it normalise everything
 * after it: most of the gate's read of a long page in Chromium (7.7 ms on a 150 KB text, 1.4 ms by blocks). A
 * line break composes with nothing, so each block normalises alone to the same text.
 */
export function nfkc(text: string, block = NORMALIZE_BLOCK): string {
  if (text.length <= block) return text.normalize('NFKC');
  let normal = '';
  for (let from = 0; from < text.length; ) {
    const end = text.indexOf('\n', from + block);
    const to = end < 0 ? text.length : end;
    normal += text.slice(from, to).normalize('NFKC');
    from = to;
  }
  return normal;
}

/** Folds text to the form copies are compared in. */
export function fold(text: string): string {
  return foldPlain(plain(text));
}

/**
 * Letters and digits only, lower-cased, with nothing between: names compared whole ("Daily 8" and "daily8", "The
 * Verge" and "theverge.com" less its dots). Not NFKC'd: a name is compared as printed.
 */
export function compact(text: string): string {
  return NON_WORD(text.toLowerCase()).replaceAll(' ', '');
}

/** fold() of text plain() has already been applied to: lower case, anything not a letter or digit one space. */
export function foldPlain(text: string): string {
  return NON_WORD(text.toLowerCase()).trim();
}

/** Joins texts for foldPlainAll(): a private-use character, kept by the fold, a boundary to case mapping. */
const SEPARATOR = '\ue000';
const NON_WORD_OR_SEPARATOR = nonWord(SEPARATOR);

/**
 * foldPlain() of each text, in one pass over them joined: a replace() per text cost the gate three times as much
 * on a page's few hundred sentences, cold. Texts holding the separator (icon fonts print private-use
 * characters) are folded one by one.
 */
export function foldPlainAll(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const pieces = NON_WORD_OR_SEPARATOR(texts.join(SEPARATOR).toLowerCase()).split(SEPARATOR);
  return pieces.length === texts.length ? pieces.map((piece) => piece.trim()) : texts.map(foldPlain);
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
  // U+FEFF is \s to JavaScript but prints nothing, even inside a word: it is dropped, not made a space.
  const bare = text.includes('\ufeff') ? text.replace(/\ufeff/g, '') : text;
  return bare.replace(/\s+/g, ' ').trim();
}

/** Two whitespace characters in a row, one that is not a plain space, or whitespace at either end. (\s covers U+00A0.) */
const UNSQUASHED = /\s\s|[^\S ]|^\s|\s$/;

// A sentence ends at . ! ? (an ellipsis is "..." by then), optionally followed by closing brackets, and
// whitespace. It is read in plain() text, where quotes are gone and every space is a space, so copies of one
// text split alike whatever their typography; abbreviations ("Mr. Trump") split consistently too.
const SENTENCE_END = /(?<=[.!?][)\]]*)\s+/u;

/** Splits text into folded sentences, dropping empty ones. */
export function foldedSentences(text: string, folder: Folder = fold): string[] {
  const out: string[] = [];
  for (const part of squash(plain(text)).split(SENTENCE_END)) {
    const folded = folder(part);
    if (folded) out.push(folded);
  }
  return out;
}

/** True when the raw text ends like a truncated teaser ("…", "...", "[…]"). */
export function isTruncated(text: string): boolean {
  return TRUNCATED.test(text);
}

/** An ellipsis however typed ("…", "...", ". . .", full-width), maybe in brackets, at the end. */
const TRUNCATED = /(?:\u2026|[.\uff0e][\s\u200b]?[.\uff0e][\s\u200b]?[.\uff0e])\s*[\])]?\s*$/;

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
