// Before a suspicious page's first paint, the later copies of paragraphs it prints twice are held out of sight
// until the real clean has run: the engine and the layout checks load and run after the browser has drawn its
// first frames, and without this the reader watches the copies go (and the page jump). Only an exact second
// copy of a paragraph the reader can see is held, so no paragraph is ever out of sight; and every hold is
// lifted in the task that starts the clean, or after HOLD_MS whatever happens (a blank page is worse than a
// flash).
import { restoreStyle } from './inline-style';

/** Prose, not a label or a headline: the length the engine reads a paragraph from (copy-bar.ts PROSE_CHARS). */
const PARAGRAPH_CHARS = 80;
/** The longest a copy stays held, from the hold: lifted then even if the clean has not finished or failed. */
export const HOLD_MS = 400;
/** Blocks a body is printed in: a copy held is one that holds none of these, never a container of the layout. */
const BLOCKS = 'p, li, blockquote, dd, td, div, section, article';

interface Held {
  element: HTMLElement;
  style: string | null;
}

const keyOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the reader can see the element now: laid out with a size, not made invisible by its style. */
function seen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  const check = (element as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return !check || check.call(element, { opacityProperty: true, visibilityProperty: true });
}

/**
 * Holds every block whose text the reader can already read, in the same words and order, in the blocks seen
 * before it (a paragraph printed again, or a whole copy printed as one block), and returns the lift: it puts
 * each held element's style back as it was, detached or not, and may be called more than once.
 */
export function holdCopies(doc: Document): () => void {
  const held: Held[] = [];
  const body = doc.body;
  const view = doc.defaultView;
  if (!body || !view) return () => undefined;
  // The text of the blocks seen so far, in order: a copy is a run of it.
  let read = '';
  for (const element of body.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const key = keyOf(element);
    if (key.length < PARAGRAPH_CHARS) continue;
    if (read.includes(key)) {
      held.push({ element, style: element.getAttribute('style') });
      element.style.setProperty('display', 'none', 'important');
    } else if (seen(element)) read += ` ${key}`;
  }
  let lifted = held.length === 0;
  const lift = () => {
    if (lifted) return;
    lifted = true;
    view.clearTimeout(timer);
    for (const { element, style } of held) restoreStyle(element, style);
  };
  const timer = lifted ? 0 : view.setTimeout(lift, HOLD_MS);
  return lift;
}
