import { BYLINE_LEAD } from '../data/metadata-hints';
import { splitGluedLabel } from '../labels/labels';
import { squash } from '../text/fold';

const MAX_BYLINE = 100;
const MAX_WORDS = 8;
const TAIL = /\s+[\u2022\u00b7|\u2013\u2014]\s.*$|\s+-\s.*$/u;

/** "Story by Helen Marsh • 2 hours ago" -> "Helen Marsh"; null when nothing like a name is left. */
export function cleanByline(text: string): string | null {
  let name = squash(text).replace(BYLINE_LEAD, '').replace(TAIL, '');
  const label = splitGluedLabel(name);
  if (label) name = label.source ?? '';
  // "Jane Doe, Senior Staff Technologist, ACLU Project": the name is before the first comma.
  if (name.split(' ').length > MAX_WORDS) name = name.split(',')[0] ?? '';
  name = name.replace(/[\s,;:]+$/, '');
  // Names start with a capital: "By the way, ..." is prose.
  if (
    name.length < 2 ||
    name.length > MAX_BYLINE ||
    !/^[\p{Lu}\p{Lo}]/u.test(name) ||
    /^https?:|^www\./i.test(name)
  ) {
    return null;
  }
  return name.split(' ').length <= MAX_WORDS ? name : null;
}

/** True for text that opens like a byline ("By Jane Doe", "Von Max Muster"). */
export function isBylineText(text: string): boolean {
  return BYLINE_LEAD.test(text);
}
