import { splitGluedLabel } from './labels';

export interface MetaLine {
  source: string | null;
  published: string;
  /** The time touches a letter or digit: an outlet or icon label glued on by the template. */
  glued: boolean;
}

/** Reads a short outlet/time line; null for anything that is not one. */
export function metaLine(text: string): MetaLine | null {
  if (text.length > 80) return null;
  const label = splitGluedLabel(text);
  if (!label) return null;
  const at = text.lastIndexOf(label.published);
  const glued = at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!);
  return { ...label, glued };
}
