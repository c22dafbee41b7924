// What the reader could see of a page's text: taken before a clean, and compared with the page after it, so a
// removal that took away text the reader could see (the only copy on screen, or text a stylesheet showed only
// beside what went) is found and undone.
import { collectBlocksSteps } from '../../../engine/dom/blocks';
import { STEP_ITEMS, type Steps } from '../../../engine/steps';
import { foldedSentences, memoFold } from '../../../engine/text';
import type { Rendered } from '../../../engine/types';

export interface Sighting {
  /** Whether each of the page's text blocks was rendered: the engine's answer while it cleans. */
  rendered: Map<Element, boolean>;
  /** The folded sentences of every block the reader could see. */
  seen: Set<string>;
}

/** The page's text blocks as the reader sees them now. */
export function* sightingSteps(root: Element, probe: Rendered): Steps<Sighting> {
  const blocks = yield* collectBlocksSteps(root);
  const rendered = new Map<Element, boolean>();
  const seen = new Set<string>();
  const fold = memoFold();
  for (let i = 0; i < blocks.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const { element, text } = blocks[i]!;
    const shown = probe(element);
    rendered.set(element, shown);
    if (shown) for (const sentence of foldedSentences(text, fold)) seen.add(sentence);
  }
  return { rendered, seen };
}

/** What became of the sentences the reader could see, now. */
export interface Missing {
  /** Seen before, not rendered now, but still in the page: hidden now. */
  hidden: Set<string>;
  /** Seen before and no longer in the page at all. */
  gone: Set<string>;
}

/** The sentences of `before` the reader cannot see now. */
export function* missingSteps(root: Element, before: ReadonlySet<string>, probe: Rendered): Steps<Missing> {
  const blocks = yield* collectBlocksSteps(root);
  const shown = new Set<string>();
  const present = new Set<string>();
  const fold = memoFold();
  for (let i = 0; i < blocks.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const { element, text } = blocks[i]!;
    const sentences = foldedSentences(text, fold).filter((sentence) => before.has(sentence));
    if (sentences.length === 0) continue;
    const visible = probe(element);
    for (const sentence of sentences) (visible ? shown : present).add(sentence);
  }
  const missing: Missing = { hidden: new Set(), gone: new Set() };
  let handled = 0;
  for (const sentence of before) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (shown.has(sentence)) continue;
    (present.has(sentence) ? missing.hidden : missing.gone).add(sentence);
  }
  return missing;
}

/** The folded sentences of an element's text (one the clean removed, kept aside). */
export function* sentencesOf(element: Element): Steps<Set<string>> {
  const out = new Set<string>();
  const fold = memoFold();
  for (const block of yield* collectBlocksSteps(element))
    for (const sentence of foldedSentences(block.text, fold)) out.add(sentence);
  // An inline element (a custom rule may remove one) is no block of its own.
  if (out.size === 0)
    for (const sentence of foldedSentences(element.textContent ?? '', fold)) out.add(sentence);
  return out;
}
