// What a reader sees by the markup alone, and the invariants over it. Without a layout (jsdom, happy-dom)
// "visible" is read from the markup as the engine's markup-only mode reads it, and no more: script, style,
// template and <noscript> are not text, nor is an element hidden by the `hidden` attribute or an inline
// display:none / visibility:hidden. Classes and stylesheets are not read: a responsive pair's two copies both
// count, as they do in test/engine/fixtures.test.ts (textContent), so markup-only cleaning must keep exactly
// one of them (the engine keeps the copy the page marks as primary; which one shows at which width is the
// real browsers' test, test/e2e/layouts-*.test.ts). aria-hidden hides nothing from the eye, so it counts.
import { fold, squash } from '../../../src/engine/text/fold';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);
const INLINE = new Set([
  'SPAN',
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'FONT',
  'SMALL',
  'TIME',
  'ABBR',
  'SUP',
  'SUB',
]);
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** The visible-by-markup text of a page, a space at each block boundary (inline elements glue). */
export function visibleByMarkup(doc: Document): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (NOT_TEXT.has(tag) || hiddenByMarkup(el)) continue;
      const block = !INLINE.has(tag);
      if (block) parts.push(' ');
      walk(el);
      if (block) parts.push(' ');
    }
  };
  if (doc.body) walk(doc.body);
  return squash(parts.join(''));
}

/** Occurrences of a paragraph in a text, both folded (the engine's own fold), on word boundaries. */
export function foldedCount(haystack: string, paragraph: string): number {
  const h = ` ${fold(haystack)} `;
  const n = ` ${fold(paragraph)} `;
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length - 1)) count++;
  return count;
}

/**
 * Junk is compared exactly (whitespace collapsed), as whole words: a teaser's "…" end is junk, the paragraph
 * it cuts is not, and "Anzeige" is not in "Kölner Stadt-Anzeiger".
 */
export function junkIn(haystack: string, junk: readonly string[]): string[] {
  const h = squash(haystack);
  const word = /[\p{L}\p{N}]/u;
  const standsAlone = (needle: string) => {
    for (let at = h.indexOf(needle); at !== -1; at = h.indexOf(needle, at + 1)) {
      const before = h.charAt(at - 1);
      const after = h.charAt(at + needle.length);
      if (
        !(before && word.test(before) && word.test(needle.charAt(0))) &&
        !(after && word.test(after) && word.test(needle.charAt(needle.length - 1)))
      )
        return true;
    }
    return false;
  };
  return junk.filter((j) => squash(j) !== '' && standsAlone(squash(j)));
}
