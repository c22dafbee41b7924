// Keeps what the cleaner removed: each element is swapped for an empty comment that marks its place,
// so "Show original" can put every node back exactly where it was.
import type { Steps } from '../../../engine/core/steps';
import type { Removal, Remover } from '../../../engine/core/types';
import { restoreStyle } from '../inline-style';

/** Children taken out per step when a very large element leaves the page. */
const BATCH = 200;

interface Kept {
  element: Element;
  removal: Removal;
  /** Where the copies of its text that stay are (a copy's removal only). */
  keepers: readonly Element[];
  /** Null while a large element is still leaving in parts. */
  placeholder: Comment | null;
  /** Its first children, already out, while it leaves in parts. */
  parked: DocumentFragment | null;
  /** Its own style attribute, while it leaves in parts contained (see removeInParts). */
  style?: string | null;
}

export class RemovalKeeper {
  private kept: Kept[] = [];
  /** Counts restores: a removal in parts that outlives one must not go on taking the element apart. */
  private restores = 0;

  readonly remove: Remover = (element, removal, keepers = []) => {
    if (element.childElementCount > BATCH) return this.removeInParts(element, removal, keepers);
    this.swap(element, removal, keepers);
    return undefined;
  };

  /**
   * A whole copy of a long article can hold tens of thousands of paragraphs, and the browser tears down each
   * removed node's layout at once: its children leave in batches, one per step, and once it is out of the page
   * they go back inside it in batches too (putting 25,000 back at once was a 10 ms step), so restoring it is
   * still one swap.
   *
   * While they leave in Chromium, the element is contained (contain: strict): otherwise every frame between
   * two batches lays out and prepaints the rest of the page again. On the 5 MB page that was a dozen frames of
   * 50-240 ms and twice the clean's wall time; contained, the page is laid out again once, when the element
   * collapses (heartbeat gap 206-258 → 118-134 ms). Firefox reflows the batches cheaply (gap 54 ms) but
   * rebuilds the whole subtree when its containment changes (gap 322 ms), so its build leaves it alone.
   */
  private *removeInParts(element: Element, removal: Removal, keepers: readonly Element[]): Steps<void> {
    // Kept from the start: a restore in the middle puts the parked children back.
    const parked = element.ownerDocument.createDocumentFragment();
    const entry: Kept = { element, removal, keepers, placeholder: null, parked };
    this.kept.push(entry);
    contain(entry);
    const restores = this.restores;
    // No childElementCount in the loop: some browsers count the children on every call.
    for (let batch = firstBatch(element); batch.length === BATCH; batch = firstBatch(element)) {
      parked.append(...batch);
      yield;
      if (this.restores !== restores) return;
    }
    entry.placeholder = element.ownerDocument.createComment('clean-reader');
    element.replaceWith(entry.placeholder);
    release(entry);
    for (;;) {
      yield;
      const batch = lastBatch(parked);
      if (this.restores !== restores || batch.length === 0) break;
      element.prepend(...batch);
    }
    entry.parked = null;
  }

  private swap(element: Element, removal: Removal, keepers: readonly Element[]): void {
    const placeholder = element.ownerDocument.createComment('clean-reader');
    element.replaceWith(placeholder);
    this.kept.push({ element, removal, keepers, placeholder, parked: null });
  }

  get count(): number {
    return this.kept.length;
  }

  /** The removals from the `from`th on (in the order they were made): what one clean took out. */
  since(from: number): { element: Element; removal: Removal; keepers: readonly Element[] }[] {
    return this.kept.slice(from).map(({ element, removal, keepers }) => ({ element, removal, keepers }));
  }

  /** Restores in reverse order, so an element removed from inside an earlier removal goes back first. */
  restore(): void {
    this.restores++;
    for (const entry of this.kept.reverse()) putBack(entry);
    this.kept = [];
  }

  /**
   * Puts back only these elements, in reverse order too. Only between cleans: a removal still leaving in parts
   * would carry on taking its element apart.
   */
  restoreOnly(elements: ReadonlySet<Element>): void {
    const stay: Kept[] = [];
    for (const entry of [...this.kept].reverse()) {
      if (elements.has(entry.element)) putBack(entry);
      else stay.push(entry);
    }
    this.kept = stay.reverse();
  }
}

function putBack(entry: Kept): void {
  const { element, placeholder, parked } = entry;
  release(entry);
  if (placeholder) placeholder.replaceWith(element);
  // The children still parked (all of them, or those not yet put back) come first.
  if (parked) element.prepend(parked);
}

declare const __CONTAIN_WHILE_LEAVING__: boolean | undefined;
/** Set per browser by the build (vite.config.ts); the unit tests, unbuilt, check the containment too. */
const CONTAIN_WHILE_LEAVING = typeof __CONTAIN_WHILE_LEAVING__ === 'undefined' || __CONTAIN_WHILE_LEAVING__;

/** Keeps the element's layout from reaching the rest of the page, noting its style attribute to put back. */
function contain(entry: Kept): void {
  const { style } = entry.element as Partial<ElementCSSInlineStyle>;
  if (!style || !CONTAIN_WHILE_LEAVING) return;
  entry.style = entry.element.getAttribute('style');
  style.setProperty('contain', 'strict', 'important');
}

/** Puts the element's own style attribute back as it was. */
function release(entry: Kept): void {
  if (entry.style === undefined) return;
  restoreStyle(entry.element, entry.style);
  entry.style = undefined;
}

/** The element's first BATCH child nodes, fewer at the end: a short last batch stays in it for the swap. */
function firstBatch(element: Element): ChildNode[] {
  const batch: ChildNode[] = [];
  for (let node = element.firstChild; node && batch.length < BATCH; node = node.nextSibling) batch.push(node);
  return batch;
}

/** The last BATCH child nodes of `parent` (fewer, or none, at the end), in document order. */
function lastBatch(parent: ParentNode & Node): ChildNode[] {
  const batch: ChildNode[] = [];
  for (let node = parent.lastChild; node && batch.length < BATCH; node = node.previousSibling)
    batch.push(node);
  return batch.reverse();
}
