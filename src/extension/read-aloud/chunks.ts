// A paragraph cut into the pieces one utterance speaks. Chrome's speech engine stops for good partway through
// an utterance that lasts about 15 seconds; a piece of at most MAX_CHUNK characters lasts about 10 at the
// normal rate. Cut at a sentence's end where one comes, else after a comma or a space, never inside a word.

/** About 30 words: 10 seconds at the normal rate, less at any faster one. */
export const MAX_CHUNK = 180;

export interface Chunk {
  /** Where the piece starts in the paragraph's text. */
  start: number;
  text: string;
}

const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s+/g;

/** The last place in `text` before `limit` where a piece may end: after a sentence, a comma, a space. */
function cutBefore(text: string, limit: number): number {
  let sentence = -1;
  for (const match of text.slice(0, limit + 1).matchAll(SENTENCE_END))
    sentence = match.index + match[0].length;
  if (sentence > 0) return sentence;
  const window = text.slice(0, limit + 1);
  const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
  if (comma > limit / 3) return comma + 2;
  const space = window.lastIndexOf(' ');
  // A word longer than the limit is spoken whole.
  if (space > 0) return space + 1;
  const after = text.indexOf(' ', limit);
  return after < 0 ? text.length : after + 1;
}

export function chunkText(text: string, max = MAX_CHUNK): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    const rest = text.slice(start);
    const length = rest.length <= max ? rest.length : cutBefore(rest, max);
    const piece = rest.slice(0, length);
    if (piece.trim() !== '') chunks.push({ start, text: piece });
    start += length;
  }
  return chunks;
}
