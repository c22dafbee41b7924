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
}

/** Reads a short outlet/time line; null for anything that is not one. */
export function metaLine(text: string): MetaLine | null {
  if (text.length > 80) return null;
  const label = splitGluedLabel(text);
  if (!label) return null;
  const at = text.lastIndexOf(label.published);
  const touches = at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!);
  // Without an outlet, only an icon's label ("timean hour ago") is the template's glue, not a byline's name.
  const prefix = text.slice(0, at).trim();
  const glued = touches && (label.source !== null || isIconLabel(prefix) || cleanOutletName(prefix) === '');
  return { ...label, glued };
}
