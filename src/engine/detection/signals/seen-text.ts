// The page's text as the gate reads it, apart from the scan of it (quick-scan.ts): the extension's start-up
// script reads it here and has it scanned elsewhere, so this stays small.

/** Characters of the shortest sentence the scan counts. */
export const LONG = 60;

/** Elements whose text textContent includes but a reader never sees as prose. */
export const UNSEEN_TEXT = new Set(['SCRIPT', 'STYLE']);
const UNSEEN_SELECTOR = [...UNSEEN_TEXT].join(', ').toLowerCase();

/**
 * The body's text without its scripts' and stylesheets' (a script's JSON state repeats the article it renders;
 * on script-heavy pages they are a third to a half of the text, all of which the scan would read): one native
 * textContent read with each script's text cut out where it stands, found by indexOf in document order. Walking
 * the text nodes from script instead, as the stepped read does, costs several times more per node.
 */
export function seenText(body: Element): string {
  const text = body.textContent ?? '';
  let seen = '';
  let from = 0;
  for (const element of body.querySelectorAll(UNSEEN_SELECTOR)) {
    const unseen = element.textContent ?? '';
    // A short one cannot make a sentence the scan counts.
    if (unseen.length < LONG) continue;
    const at = text.indexOf(unseen, from);
    if (at < 0) continue;
    seen += text.slice(from, at);
    from = at + unseen.length;
  }
  return squeezeSpace(from === 0 ? text : seen + text.slice(from));
}

/**
 * Each run of white space as one space, or one line break where it holds one: the scan reads sentences, their
 * words and the line breaks between blocks, none of which the width of a gap changes. Markup's indentation is
 * often most of a page's text (engadget's 130 KB is 13 KB squeezed), and every character of it is carried to
 * the background and read there (content/page-gate.ts).
 */
export function squeezeSpace(text: string): string {
  return text.replace(WIDE_GAP, ' ').replace(BROKEN_GAP, '\n');
}

// Two passes in which no match backtracks over a run (a run of spaces with no line break would, in one pattern
// that looks for a line break inside each run): first every gap without a line break to one space, skipping
// the lone spaces between words; then each line break with the spaces left beside it. The byte order mark is
// white space to a regular expression but nothing to plain(), which drops it inside a word: it is left alone.
const WIDE_GAP = /[^\S\n\ufeff]{2,}|[^\S \n\ufeff]/g;
const BROKEN_GAP = / ?\n[^\S\ufeff]*/g;
