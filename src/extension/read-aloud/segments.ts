// What is read aloud: the clean article's title, then its body's blocks in order, and nothing else of the page
// (not the outlet line, not the related stories). Each block is read from its own text, so a word being read is
// found again in the block by its offset.

/** Blocks read as one paragraph each; a block holding another is read through the inner ones. */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, figcaption, pre, dt, dd, td, th, div';

export interface Segment {
  element: HTMLElement;
  text: string;
}

function shown(element: HTMLElement): boolean {
  // Hidden by the reader's settings (images off hides a figure and its caption) or by the page's markup.
  if (element.closest('[hidden]')) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}

export function readingSegments(doc: Document): Segment[] {
  const segments: Segment[] = [];
  const title = doc.getElementById('title');
  if (title && (title.textContent ?? '').trim() !== '')
    segments.push({ element: title, text: title.textContent ?? '' });
  const body = doc.getElementById('body');
  if (!body) return segments;
  for (const element of body.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text = element.textContent ?? '';
    if (text.trim() !== '' && shown(element)) segments.push({ element, text });
  }
  // A body of bare text, in no block at all.
  if (segments.length <= 1 && body.childElementCount === 0 && (body.textContent ?? '').trim() !== '')
    segments.push({ element: body, text: body.textContent ?? '' });
  return segments;
}

/** The range of `element`'s text from `start` to `end` (offsets in its textContent); null past its end. */
export function rangeIn(element: HTMLElement, start: number, end: number): Range | null {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** The length of the word starting at `at`: up to the next space or the text's end. */
export function wordLength(text: string, at: number): number {
  const match = /^\S+/.exec(text.slice(at));
  return match ? match[0].length : 0;
}
