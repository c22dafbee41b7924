import { squash } from '../../src/engine/text/fold';

/** Parses HTML with the test environment's DOM (jsdom or happy-dom, per vitest project). */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** How many times `needle` occurs in `haystack`, both whitespace-collapsed. */
export function occurrences(haystack: string, needle: string): number {
  const h = squash(haystack);
  const n = squash(needle);
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) count++;
  return count;
}

/** True when `items` contains `expected` in order (other items may sit between). */
export function containsInOrder(items: readonly string[], expected: readonly string[]): boolean {
  let at = 0;
  for (const item of items) if (at < expected.length && squash(item) === squash(expected[at]!)) at++;
  return at === expected.length;
}
