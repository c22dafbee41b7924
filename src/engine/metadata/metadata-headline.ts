import { BYLINE_REGION } from '../data/metadata-hints';
import { type GluedLabel, splitGluedLabel } from '../labels/labels';
import { squash } from '../text';
import { cleanByline, isBylineText } from './byline-text';
import { headlineRegion } from './headline-region';

export interface HeadlineFacts {
  /** The outlet of the first "<outlet><time>" label near the headline. */
  source: string | null;
  /** That label's time, else the first bare time near the headline. */
  published: string | null;
  /** A "By Jane Doe" line near the headline. */
  byline: string | null;
}

// Containers with many children are the article, not a label line; their text is too costly to read.
const MAX_CHILDREN = 6;
const MAX_TEXT = 120;

/** Reads the outlet, time and byline printed around the headline (outside `skip`, the related sections). */
export function headlineFacts(doc: Document, skip: ReadonlySet<Element>): HeadlineFacts {
  let found: { el: Element; source: string; published: string } | null = null;
  let firstTime: string | null = null;
  let byline: string | null = null;
  for (const el of headlineRegion(doc, skip)) {
    // Past the label's own subtree nothing more specific can follow.
    if (found && !found.el.contains(el) && byline) break;
    if (el.childElementCount > MAX_CHILDREN) continue;
    const text = squash(el.textContent ?? '');
    if (!text || text.length > MAX_TEXT) continue;
    if (!byline && isBylineText(text)) byline = cleanByline(text);
    const label = splitGluedLabel(text) ?? fieldLabel(el);
    if (!label) continue;
    firstTime ??= label.published;
    if (!label.source || namesWriter(el)) continue;
    // "Jane Doe Reuters2h ago" holds "Reuters2h ago": the innermost label is the outlet's own.
    if (!found || found.el.contains(el)) found = { el, source: label.source, published: label.published };
  }
  return { source: found?.source ?? null, published: found?.published ?? firstTime, byline };
}

/** A label inside or around the writer's byline names a person ("Dan Goodin - Apr 16, 2015"). */
function namesWriter(el: Element): boolean {
  return el.closest(BYLINE_REGION) !== null || el.querySelector(BYLINE_REGION) !== null;
}

/**
 * A label whose outlet and time are elements of their own, printed with only a space between ("<span>Le
 * Monde</span> <span>14:05</span>"): the element edge separates them as a "·" would. Text alone cannot tell
 * "USA Today" from an outlet and a time; the markup can.
 */
function fieldLabel(el: Element): GluedLabel | null {
  if (el.childElementCount < 2) return null;
  const fields: string[] = [];
  for (let kid = el.firstElementChild; kid; kid = kid.nextElementSibling) {
    const text = squash(kid.textContent ?? '');
    if (text) fields.push(text);
  }
  return fields.length >= 2 ? splitGluedLabel(fields.join(' \u00b7 ')) : null;
}
