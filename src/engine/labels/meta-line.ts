import { fold } from '../text/fold';
import { splitGluedLabel } from './labels';
import { cleanOutletName, isIconLabel } from './outlet-name';

export interface MetaLine {
  source: string | null;
  published: string;
  /**
   * The time touches a letter or digit: an outlet or icon label glued on by the template. A byline's name
   * glued to its date ("by Jane DoeOctober 9, 2010") is not one.
   */
  glued: boolean;
  /** A mark stands between outlet and time ("Le Monde · 14:05"): a line of fields, never a sentence. */
  parted: boolean;
}

/** A label line is short: an outlet, a mark, a time. Longer text is prose. */
export const MAX_LINE_CHARS = 80;

const PARTING_MARK = /[\u00b7\u2022|\u2013\u2014-]\s*$/u;

/** Reads a short outlet/time line; null for anything that is not one. */
export function metaLine(text: string): MetaLine | null {
  if (text.length > MAX_LINE_CHARS) return null;
  const label = splitGluedLabel(text);
  if (!label) return null;
  const at = text.lastIndexOf(label.published);
  const touches = at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!);
  // Without an outlet, only an icon's label ("timean hour ago") is the template's glue, not a byline's name.
  const prefix = text.slice(0, at).trim();
  const glued = touches && (label.source !== null || isIconLabel(prefix) || cleanOutletName(prefix) === '');
  return { ...label, glued, parted: label.source !== null && PARTING_MARK.test(text.slice(0, at)) };
}

/**
 * A label in a template's shape: glued or parted fields ("Reuters2h", "Ouest-France · Hier"), or a bare time.
 * "The fire started 3 days ago" reads as a line too, but as prose: no template shows in it.
 */
export function isTemplateLine(text: string): boolean {
  const line = metaLine(text);
  return line !== null && (line.glued || line.parted || line.source === null);
}

/**
 * Whether a short line is `outlet` and then only a time ("Süddeutsche Zeitung 17 Std."): with the outlet known,
 * even a weak time after a bare space is that outlet's label, not a name that ends in a number.
 */
export function namesOutletThenTime(text: string, outlet: string): boolean {
  if (
    text.length > MAX_LINE_CHARS ||
    text.length <= outlet.length ||
    fold(text.slice(0, outlet.length)) !== fold(outlet)
  )
    return false;
  const rest = splitGluedLabel(text.slice(outlet.length));
  return rest !== null && rest.source === null;
}
