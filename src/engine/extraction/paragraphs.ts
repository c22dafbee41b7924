import { collectBlocks } from '../dom/blocks';

/** The visible text blocks of an element, in order. */
export function paragraphsIn(root: Element): string[] {
  return collectBlocks(root)
    .filter((block) => !block.hidden)
    .map((block) => block.text);
}

/** The text blocks of (sanitised) article HTML, parsed in an inert document that runs nothing. */
export function paragraphsOf(doc: Document, html: string): string[] {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return paragraphsIn(inert.body);
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) words += p.split(/\s+/).filter(Boolean).length;
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
