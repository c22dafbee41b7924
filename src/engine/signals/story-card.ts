import { type Unit, withoutCallToAction } from '../dedupe/units';
import { CALL_TO_ACTION } from '../rules/phrases';
import { squash } from '../text';

/** A call to action is a few words ("Read more", "Seguir leyendo"), never a sentence of the story. */
const MAX_CALL_CHARS = 40;

/**
 * Whether a teaser ends as a card of its story does: cut short with "…", or closed by a call to action in its
 * last block or in the element after it. A publisher links such a card to the story and never prints both on
 * the story's own page; an aggregator's template prints its card of the story beside the story.
 */
export function endsAsCard(end: Unit): boolean {
  if (end.cut || withoutCallToAction(end.block.text) !== end.block.text) return true;
  const next = end.block.element.nextElementSibling;
  const text = next ? squash(next.textContent ?? '') : '';
  return text.length > 0 && text.length <= MAX_CALL_CHARS && CALL_TO_ACTION.test(text);
}
