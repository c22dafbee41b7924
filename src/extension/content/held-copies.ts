// While a page to be cleaned loads, the later copies of paragraphs it prints twice are held out of sight until
// the real clean starts: the engine and the layout checks run after the browser has drawn its first frames,
// and without this the reader watches the copies go (and the page jump). Only an exact second copy of a
// paragraph the reader can see is held, so no paragraph is ever out of sight; and every hold is lifted in the
// task that starts the clean, or after HOLD_MS whatever happens (a blank page is worse than a flash).
import { PROSE_CHARS } from '../../engine/signals/copy-bar';
import { restoreStyle } from './inline-style';

/** The longest a copy stays held, from the first hold: lifted then even if the clean has not run or failed. */
export const HOLD_MS = 400;
/** Blocks a body is printed in: a copy held is one that holds none of these, never a container of the layout. */
const BLOCKS = 'p, li, blockquote, dd, td, div, section, article';

const keyOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the reader can see the element now: laid out with a size, not made invisible by its style. */
function seen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  const check = (element as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return !check || check.call(element, { opacityProperty: true, visibilityProperty: true });
}

export class CopyHold {
  /** Each held element and its own style attribute, put back when it is let go. */
  private readonly held = new Map<HTMLElement, string | null>();
  private timer: number | null = null;
  private lifted = false;

  constructor(private readonly doc: Document) {}

  /**
   * Holds every block whose text the reader can already read, in the same words and order, in the blocks seen
   * before it (a paragraph printed again, or a whole copy printed as one block). Run again as more of the page
   * is parsed: a block held while half parsed that is no copy once complete is let go.
   */
  update(): void {
    const { body, defaultView: view } = this.doc;
    if (this.lifted || !body || !view) return;
    const copies = new Set<HTMLElement>();
    // The text of the blocks seen so far, in order: a copy is a run of it.
    let read = '';
    for (const element of body.querySelectorAll<HTMLElement>(BLOCKS)) {
      if (element.querySelector(BLOCKS)) continue;
      const key = keyOf(element);
      if (key.length < PROSE_CHARS) continue;
      if (read.includes(key)) copies.add(element);
      else if (!this.held.has(element) && seen(element)) read += ` ${key}`;
    }
    for (const [element, style] of this.held) {
      if (copies.has(element)) continue;
      restoreStyle(element, style);
      this.held.delete(element);
    }
    for (const element of copies) {
      if (this.held.has(element)) continue;
      this.held.set(element, element.getAttribute('style'));
      element.style.setProperty('display', 'none', 'important');
    }
    if (this.held.size > 0 && this.timer === null) this.timer = view.setTimeout(() => this.lift(), HOLD_MS);
  }

  /** Puts each held element's style back as it was, detached or not; holds nothing after. May run twice. */
  lift(): void {
    if (this.lifted) return;
    this.lifted = true;
    if (this.timer !== null) this.doc.defaultView?.clearTimeout(this.timer);
    for (const [element, style] of this.held) restoreStyle(element, style);
    this.held.clear();
  }
}

/**
 * Holds copies as the parser adds them, before the browser paints them: the parser's additions reach an
 * observer at the end of its task, ahead of the frame that would show them. Ends once the markup is parsed
 * (the page then holds in its first task, see Page.start), once lifted, or once the page outgrows `maxElements`
 * (reading every block after each of the parser's tasks would cost more than the flash it saves).
 */
export function holdWhileParsing(doc: Document, maxElements: number): CopyHold {
  const hold = new CopyHold(doc);
  const view = doc.defaultView;
  if (!view || doc.readyState !== 'loading') return hold;
  const elements = doc.getElementsByTagName('*');
  const observer = new view.MutationObserver(() => {
    if (doc.readyState !== 'loading' || elements.length > maxElements) observer.disconnect();
    else hold.update();
  });
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
  return hold;
}
