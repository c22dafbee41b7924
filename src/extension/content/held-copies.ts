// While a page to be cleaned loads, the later copies of paragraphs it prints twice are held out of sight until
// the real clean starts: the engine and the layout checks run after the browser has drawn its first frames,
// and without this the reader watches the copies go (and the page jump). Only an exact second copy of a
// paragraph the reader can see is held, so no paragraph is ever out of sight; and every hold is lifted in the
// task that ends the clean, or after HOLD_MS whatever happens (a blank page is worse than a flash).

import { runSteps, STEP_ITEMS, type Steps } from '../../engine/core/steps';
import { FULL_CHARS, FULL_PARAGRAPHS, PROSE_CHARS } from '../../engine/detection/signals/copy-bar';
import { restoreStyle } from './inline-style';

/** The longest a copy stays held, from the first hold: lifted then even if the clean has not run or failed. */
export const HOLD_MS = 400;
/** Blocks read per step: a quarter of the engine's, as each is read for its text and, once, for its box. */
const HOLD_STEP_ITEMS = STEP_ITEMS / 4;
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

interface Held {
  /** Its own style attribute, put back when it is let go. */
  style: string | null;
  /** The block the reader reads its text in: once the clean has removed that one, this one shows. */
  original: Element;
}

export class CopyHold {
  private readonly held = new Map<HTMLElement, Held>();
  private timer: number | null = null;
  private lifted = false;
  /** Whether the whole page has been read since its markup was parsed: another read finds what this one did. */
  readAfterParse = false;

  /**
   * `speculative`: a hold on a page not yet known to be cleaned (the gate found it suspicious, detection has not
   * run) holds only copies that make a whole body printed again (the repeated-body signal's bars), or none.
   * Detection lets most such pages go, and the copies held show again then: the stray paragraph a real
   * publisher's page prints twice (84 of 112 real pages the gate let through, served without their stylesheets,
   * held one or more; 25 held three or more) would vanish and come back under the reader's eyes.
   */
  constructor(
    private readonly doc: Document,
    private readonly speculative = false,
  ) {}

  /**
   * Holds every block whose text the reader can already read, in the same words and order, in the blocks seen
   * before it (a paragraph printed again, or a whole copy printed as one block). Run again as more of the page
   * is parsed: a block held while half parsed that is no copy once complete is let go.
   */
  update(): void {
    runSteps(this.updateSteps());
  }

  /**
   * update() in steps, for a page already parsed: read in one task, every block's text and the page's first
   * layout (forced by the first box read) took 20-60 ms on a page of 400 paragraphs while Chromium started, a
   * long task. What is held changes in the last step, at once.
   */
  *updateSteps(): Steps<void> {
    const { body, defaultView: view } = this.doc;
    if (this.lifted || !body || !view) return;
    const copies = new Map<HTMLElement, Element>();
    // The blocks seen so far, by their text and by how it opens, and all their text in order. A copy is one of
    // them printed again, or a run of their text that opens as one of them does (a whole copy printed as one
    // block, a paragraph cut short): only a block that opens so is searched for in the whole text, not each.
    const texts = new Map<string, Element>();
    const openings = new Map<string, Element>();
    let read = '';
    let copiedChars = 0;
    const blocks = body.querySelectorAll<HTMLElement>(BLOCKS);
    for (let i = 0; i < blocks.length; i++) {
      if (i % HOLD_STEP_ITEMS === HOLD_STEP_ITEMS - 1) yield;
      const element = blocks[i]!;
      // In document order a block's descendants come right after it: a block holding one is followed by it.
      if (blocks[i + 1] && element.contains(blocks[i + 1]!)) continue;
      const key = keyOf(element);
      if (key.length < PROSE_CHARS) continue;
      const opening = key.slice(0, PROSE_CHARS);
      const opener = openings.get(opening);
      const original = texts.get(key) ?? (opener && read.includes(key) ? opener : undefined);
      if (original) {
        copies.set(element, original);
        copiedChars += key.length;
      } else if (!this.held.has(element) && seen(element)) {
        texts.set(key, element);
        if (!openings.has(opening)) openings.set(opening, element);
        read += ` ${key}`;
      }
    }
    if (this.lifted) return;
    if (this.speculative && (copies.size < FULL_PARAGRAPHS || copiedChars < FULL_CHARS)) copies.clear();
    for (const [element, { style }] of this.held) {
      if (copies.has(element)) continue;
      restoreStyle(element, style);
      this.held.delete(element);
    }
    for (const [element, original] of copies) {
      const held = this.held.get(element);
      if (held) {
        held.original = original;
        continue;
      }
      this.held.set(element, { style: element.getAttribute('style'), original });
      element.style.setProperty('display', 'none', 'important');
    }
    if (this.held.size > 0 && this.timer === null) this.timer = view.setTimeout(() => this.lift(), HOLD_MS);
    if (this.doc.readyState !== 'loading') this.readAfterParse = true;
  }

  /** Shows the held copies, still held: the page is read between this and hide(). */
  show(): void {
    for (const [element, { style }] of this.held) restoreStyle(element, style);
  }

  /**
   * Hides again what show() showed, unless the hold was lifted meanwhile. A copy the clean has removed meanwhile
   * is let go with its own style; so is the first copy of an original it removed (the copy it keeps), which must
   * show now, not once the clean is over: no frame may miss the paragraph.
   */
  hide(): void {
    if (this.lifted) return;
    // The first copy of a removed original stands in for it, for the copies after it.
    const successors = new Map<Element, Element>();
    for (const [element, held] of this.held) {
      if (!element.isConnected) {
        this.held.delete(element);
        continue;
      }
      if (!held.original.isConnected) {
        const successor = successors.get(held.original);
        if (!successor) {
          successors.set(held.original, element);
          this.held.delete(element);
          continue;
        }
        held.original = successor;
      }
      element.style.setProperty('display', 'none', 'important');
    }
  }

  /** Runs `work` with the held copies shown, holding them again after: no frame is drawn between. */
  shown<T>(work: () => T): T {
    this.show();
    try {
      return work();
    } finally {
      this.hide();
    }
  }

  /** Puts each held element's style back as it was, detached or not; holds nothing after. May run twice. */
  lift(): void {
    if (this.lifted) return;
    this.lifted = true;
    if (this.timer !== null) this.doc.defaultView?.clearTimeout(this.timer);
    for (const [element, { style }] of this.held) restoreStyle(element, style);
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
