// What the reader could see of a page's text, taken before a clean: the engine's answer to "is this copy on
// screen?" while it cleans, and the paragraphs the check after the clean holds it to.

import { pauseAt, type Steps } from '../../../engine/core/steps';
import type { Rendered } from '../../../engine/core/types';
import { collectBlocksSteps } from '../../../engine/dom/blocks';

/**
 * Shorter blocks are labels, buttons and spinners, which a page shows and hides on its own ("Loading…"): only
 * paragraphs are held to the promise, so a page's own toggling never undoes a clean.
 */
const PARAGRAPH_CHARS = 40;

export interface Sighting {
  /** Whether each of the page's text blocks was rendered: the engine's answer while it cleans. */
  rendered: Map<Element, boolean>;
  /** The paragraphs the reader could see. */
  seen: Element[];
}

/** The page's text blocks as the reader sees them now. */
export function* sightingSteps(root: Element, probe: Rendered): Steps<Sighting> {
  const blocks = yield* collectBlocksSteps(root);
  const rendered = new Map<Element, boolean>();
  const seen: Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (pauseAt(i + 1)) yield;
    const { element, text } = blocks[i]!;
    const shown = probe(element);
    rendered.set(element, shown);
    if (shown && text.length >= PARAGRAPH_CHARS) seen.push(element);
  }
  return { rendered, seen };
}
