import { CALL_TO_ACTION } from '../../data/phrases';
import { type Unit, withoutCallToAction } from '../../dedupe/units';
import { foldedSentences, isTruncated, squash } from '../../text/fold';

/** A call to action is a few words ("Read more", "Seguir leyendo"), never a sentence of the story. */
const MAX_CALL_CHARS = 40;
/** Fewer words cut short ("Loading…", "And more…") could open any paragraph. */
const MIN_STUB_WORDS = 4;

/**
 * Whether a teaser ends as a card of its story does: cut short with "…", or closed by a call to action, in its
 * last block or in the element after it. A publisher links such a card to the story and never prints both on
 * the story's own page; an aggregator's template prints its card of the story beside the story. `units` are
 * the page's paragraphs: a stub after the teaser, too short to be read as one, is the cut opening of one.
 */
export function endsAsCard(end: Unit, units: readonly Unit[]): boolean {
  const text = end.block.text;
  if (isTruncated(text) || withoutCallToAction(text) !== text) return true;
  const next = end.block.element.nextElementSibling;
  const after = next ? squash(next.textContent ?? '') : '';
  if (after.length === 0) return false;
  if (after.length <= MAX_CALL_CHARS && CALL_TO_ACTION.test(after)) return true;
  return isTruncated(after) && opensParagraph(after, units);
}

/** Whether a text cut short is the opening words of one of the paragraphs, its last word maybe cut too. */
function opensParagraph(stub: string, units: readonly Unit[]): boolean {
  const words = foldedSentences(stub).join(' ').split(' ').slice(0, -1);
  if (words.length < MIN_STUB_WORDS) return false;
  const opening = `${words.join(' ')} `;
  return units.some((unit) => unit.sentences.join(' ').startsWith(opening));
}
