import { squash } from '../text/fold';
import { type GluedLabel, splitGluedLabel } from './labels';

/** A line of fields is short: an outlet, a mark, a time. */
const MAX_FIELDS = 6;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** What may stand between two fields outside them: a space or a mark, never a word. */
const BETWEEN_FIELDS = /^[\s\u00b7\u2022|\u2013\u2014/-]*$/u;

/**
 * A label whose outlet and time are elements of their own, printed with only a space between ("<span>Le
 * Monde</span> <span>14:05</span>"): the element edge separates them as a "·" would. Text alone cannot tell
 * "USA Today" from an outlet and a time; the markup can. Words between the elements make a sentence of them
 * ("Posted by <a>Jaxon Strong</a> on <a>Samstag, 26. September 2015</a>"), not a line of fields.
 */
export function fieldLabel(el: Element): GluedLabel | null {
  const count = el.childElementCount;
  if (count < 2 || count > MAX_FIELDS) return null;
  const fields: string[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const text = node.textContent ?? '';
    if (node.nodeType === TEXT_NODE && !BETWEEN_FIELDS.test(text)) return null;
    const field = node.nodeType === ELEMENT_NODE ? squash(text) : '';
    if (field) fields.push(field);
  }
  return fields.length >= 2 ? splitGluedLabel(fields.join(' \u00b7 ')) : null;
}
