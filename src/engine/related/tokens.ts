import { STOP_WORDS } from '../data/stop-words';

const STOP = new Set(STOP_WORDS);
const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text, lower-cased and crudely stemmed, for comparing headlines. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const [raw] of text.toLowerCase().matchAll(WORD)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

/**
 * A few suffix rules, enough for "strikes"/"striking" or "clarifies"/"clarified" to meet; wrong
 * stems are fine as long as both sides get the same one.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /ie[sd]$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Size of the intersection of two sets. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const token of small) if (large.has(token)) count++;
  return count;
}
