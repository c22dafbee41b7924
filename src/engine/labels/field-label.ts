import { squash } from '../text';
import { type GluedLabel, splitGluedLabel } from './labels';

/** A line of fields is short: an outlet, a mark, a time. */
const MAX_FIELDS = 6;

/**
 * A label whose outlet and time are elements of their own, printed with only a space between ("<span>Le
 * Monde</span> <span>14:05</span>"): the element edge separates them as a "·" would. Text alone cannot tell
 * "USA Today" from an outlet and a time; the markup can.
 */
export function fieldLabel(el: Element): GluedLabel | null {
  const count = el.childElementCount;
  if (count < 2 || count > MAX_FIELDS) return null;
  const fields: string[] = [];
  for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling) {
    const text = squash(kid.textContent ?? '');
    if (text) fields.push(text);
  }
  return fields.length >= 2 ? splitGluedLabel(fields.join(' \u00b7 ')) : null;
}
