// While a page to be cleaned loads, the later copies of paragraphs it prints twice are held out of sight until
// the real clean starts: the engine and the layout checks run after the browser has drawn its first frames,
// and without this the reader watches the copies go (and the page jump). Only a second copy of a paragraph or
// a long headline the reader can see is held, so no paragraph is ever out of sight; and every hold is lifted in
// the task that ends the clean, or HOLD_MS after the page is parsed whatever happens (a clean that fails must
// not leave the page held).

import { runSteps, STEP_ITEMS, type Steps } from '../../engine/core/steps';
import { FULL_CHARS, FULL_PARAGRAPHS, PROSE_CHARS } from '../../engine/detection/signals/copy-bar';
import type { Previewed } from './clean-preview';
import { restoreStyle } from './inline-style';

/**
 * The longest a copy stays held after the markup is parsed (or from the first hold, if later): lifted then even
 * if the clean has not run or failed. Not from a hold taken while the page streams in: the clean cannot start
 * before the page is parsed, and a slow page would show its copies again before it.
 */
export const HOLD_MS = 400;
/** Blocks read per step: a quarter of the engine's, as each is read for its text and, once, for its box. */
const HOLD_STEP_ITEMS = STEP_ITEMS / 4;
/**
 * Blocks a body and its headlines are printed in: a copy held is one that holds none of these, never a
 * container of the layout.
 */
const BLOCKS = 'p, li, blockquote, dd, td, div, section, article, h1, h2, h3, h4, h5, h6';
/**
 * Where another sentence starts in a block's text: a paragraph printed again may copy any of its sentences. A
 * <br> between two lines leaves no space in the text, so the next sentence may follow its stop at once.
 */
const SENTENCE_START = /[.!?]["'”’)]*\s*(?=[\p{L}\p{N}"'“‘])/gu;

const keyOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether the clean would keep this copy anyway: it never removes a headline that is or holds a link, the way
 * a reader reaches a story (duplicate-headlines). Held, it would only show again once the clean is over.
 */
const keptByClean = (element: Element) =>
  /^H[1-6]$/.test(element.tagName) &&
  (element.closest('a[href]') !== null || element.querySelector('a[href]') !== null);

/** Each opening a later copy of this text's paragraphs may start with: the text's own and each sentence's. */
function* openingsOf(key: string): Generator<string> {
  yield key.slice(0, PROSE_CHARS);
  for (const match of key.matchAll(SENTENCE_START)) {
    const at = match.index + match[0].length;
    if (key.length - at >= PROSE_CHARS) yield key.slice(at, at + PROSE_CHARS);
  }
}

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
  /** The block the reader reads its text in: once the clean has removed that text, this one shows. */
  original: Element;
  /**
   * Its text, as keyOf() reads it, when the original holds all of it. A copy of a run of several blocks (a whole
   * body printed as one) has none: it shows once the first of them is removed.
   */
  text: string | null;
}

export class CopyHold {
  private readonly held = new Map<HTMLElement, Held>();
  /** What the clean will remove, held whatever its text, with its own style and the blocks keeping its text. */
  private readonly out = new Map<HTMLElement, { style: string | null; keepers: readonly Element[] }>();
  private timer: number | null = null;
  private armed = false;
  private lifted = false;
  /** Whether the hold still holds, or has been lifted for good. */
  get active(): boolean {
    return !this.lifted;
  }

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
    const copies = new Map<HTMLElement, Pick<Held, 'original' | 'text'>>();
    // The blocks seen so far, by their text and by how it and each of its sentences open, and all their text in
    // order. A copy is one of them printed again, or a run of their text that opens as one of them or one of
    // their sentences does (a whole copy printed as one block, a paragraph cut short, a body printed as one
    // block of bare lines and then in paragraphs): only a block that opens so is searched for in the whole text.
    const texts = new Map<string, Element>();
    const keys = new Map<Element, string>();
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
        if (keptByClean(element)) continue;
        copies.set(element, { original, text: keys.get(original)?.includes(key) ? key : null });
        copiedChars += key.length;
      } else if (!this.held.has(element) && seen(element)) {
        texts.set(key, element);
        keys.set(element, key);
        for (const start of openingsOf(key)) if (!openings.has(start)) openings.set(start, element);
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
    for (const [element, copy] of copies) {
      const held = this.held.get(element);
      if (held) {
        Object.assign(held, copy);
        continue;
      }
      this.held.set(element, { style: element.getAttribute('style'), ...copy });
      element.style.setProperty('display', 'none', 'important');
    }
    if (this.held.size > 0) this.arm(view);
    if (this.doc.readyState !== 'loading') this.readAfterParse = true;
  }

  /**
   * Holds out of sight, too, what the clean will remove (clean-preview.ts), until it has or the hold is lifted: a
   * cookie prompt above the story, an AI box, a teaser printed before the full body. Removed after the browser's
   * first frame, they moved the story under the reader's eyes; held from before it, their removal moves nothing.
   * A copy is held only while every block keeping its text shows; one of those held as a later copy shows now.
   */
  holdOut(previewed: readonly Previewed[]): void {
    const view = this.doc.defaultView;
    if (this.lifted || !view) return;
    for (const { element, keepers } of previewed as readonly (Previewed & { element: HTMLElement })[]) {
      // One the clean has removed already is the keeper's, with its own style.
      if (!element.isConnected || this.out.has(element) || this.held.has(element) || !element.style) continue;
      if (!keepers.every((kept) => kept.isConnected && this.rendered(kept))) continue;
      for (const kept of keepers) this.letShow(kept);
      this.out.set(element, { style: element.getAttribute('style'), keepers });
      element.style.setProperty('display', 'none', 'important');
    }
    // A block held after a copy's check may hold one of its keepers: that copy shows.
    for (const [element, { style, keepers }] of this.out)
      if (keepers.some((kept) => this.heldOut(kept))) {
        restoreStyle(element, style);
        this.out.delete(element);
      }
    if (this.out.size > 0) this.arm(view);
  }

  /** Whether the element is in, or is, a block held out whatever its text. */
  private heldOut(element: Element): boolean {
    return isOrInKey(element, this.out);
  }

  /**
   * Whether the reader sees the element once the held copies show: the layout's answer, read without showing
   * them (that would lay the page out again).
   */
  rendered(element: Element): boolean {
    return isOrInKey(element, this.held) || seen(element);
  }

  /** Shows each copy held in, around or as this element: it keeps text the clean removes elsewhere. */
  private letShow(kept: Element): void {
    for (const [element, { style }] of this.held) {
      if (element !== kept && !element.contains(kept) && !kept.contains(element)) continue;
      restoreStyle(element, style);
      this.held.delete(element);
    }
  }

  /** Starts the HOLD_MS timer, once: now if the page is parsed, else once it is. */
  private arm(view: Window): void {
    if (this.armed) return;
    this.armed = true;
    const start = () => {
      if (!this.lifted) this.timer = view.setTimeout(() => this.lift(), HOLD_MS);
    };
    if (this.doc.readyState === 'loading')
      this.doc.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  }

  /** Shows the held copies, still held: the page is read between this and hide(). */
  show(): void {
    for (const [element, { style }] of this.held) restoreStyle(element, style);
    for (const [element, { style }] of this.out) restoreStyle(element, style);
  }

  /**
   * Hides again what show() showed, unless the hold was lifted meanwhile. A copy the clean has removed meanwhile
   * is let go with its own style; so is the first copy of a text whose original the clean removed or emptied
   * (a body printed as bare lines loses its text, not its cell): that copy is the one it keeps, and must show
   * now, not once the clean is over. No frame may miss the paragraph.
   */
  hide(): void {
    if (this.lifted) return;
    // One removed meanwhile goes with its own style; one whose keeper the clean removed instead shows.
    for (const [element, { keepers }] of this.out) {
      if (element.isConnected && keepers.every((kept) => kept.isConnected))
        element.style.setProperty('display', 'none', 'important');
      else this.out.delete(element);
    }
    // Each original's text, read once here: several copies may copy parts of one.
    const texts = new Map<Element, string>();
    const shows = (original: Element, key: string) => {
      let text = texts.get(original);
      if (text === undefined) {
        text = original.isConnected ? keyOf(original) : '';
        texts.set(original, text);
      }
      return text.includes(key);
    };
    // The first copy of a text no original shows (of a run whose first block is gone) stands in for it, for the
    // copies after it.
    const successors = new Map<string | Element, Element>();
    for (const [element, held] of this.held) {
      if (!element.isConnected) {
        this.held.delete(element);
        continue;
      }
      const { original, text } = held;
      if (text === null ? !original.isConnected : !shows(original, text)) {
        const slot = text ?? original;
        const successor = successors.get(slot);
        if (!successor) {
          successors.set(slot, element);
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
    for (const [element, { style }] of this.out) restoreStyle(element, style);
    this.held.clear();
    this.out.clear();
  }
}

/** Whether the element, or one of its ancestors, is a key of the map: a block held, or inside one. */
function isOrInKey(element: Element, map: ReadonlyMap<HTMLElement, unknown>): boolean {
  for (let at: Element | null = element; at; at = at.parentElement)
    if (map.has(at as HTMLElement)) return true;
  return false;
}
