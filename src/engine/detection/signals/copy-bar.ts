// How much repeated article text makes a repeated body. The repeated-body signal reads these bars; the gate,
// which must let every page through that could reach one, derives its own from them, so the two cannot drift.

/** A body the reader sees printed again in full: this many prose paragraphs in the same order… */
export const FULL_PARAGRAPHS = 3;
/** …or two paragraphs of this many folded characters, when they are not just the opening of a longer story. */
export const FULL_CHARS = 400;
/**
 * A copy only markup shows (hidden, `<noscript>`) is not a body the reader sees twice: it needs more, as
 * much as every copy needed before copies were told apart by visibility.
 */
export const HIDDEN_FULL_CHARS = 600;
/** Part of a body printed again: two paragraphs and this many characters… */
export const PART_CHARS = 300;
/** A paragraph of prose is at least this long: shorter blocks are labels, headlines and captions. */
export const PROSE_CHARS = 80;
/**
 * …or a leading teaser: the story's first paragraphs, maybe cut with "…", as long as one paragraph of prose at
 * least. A lede may be one short sentence, and its teaser that sentence alone.
 * @alias of PROSE_CHARS, named for what it bounds.
 */
export const TEASER_CHARS = PROSE_CHARS;

/** The least repeated text any repeated-body verdict needs: what the gate must let through. */
export const LEAST_PART_CHARS = Math.min(PART_CHARS, TEASER_CHARS);
