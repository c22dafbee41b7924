import { besideCardLink } from '../labels/card-line';
import { fieldLabel } from '../labels/field-label';
import { splitGluedLabel } from '../labels/labels';
import { namesPerson } from '../labels/person-label';
import { squash } from '../text/fold';
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
    const label = splitGluedLabel(text, true) ?? fieldLabel(el);
    // A related card the region runs into dates its own story.
    if (!label || besideCardLink(el)) continue;
    firstTime ??= label.published;
    // A writer's "Dan Goodin - Apr 16, 2015" is a label of the same shape; "div.byline" alone does not make
    // one (aggregators print their outlet line in it), a person's markup does.
    if (!label.source || namesPerson(el)) continue;
    // "Jane Doe Reuters2h ago" holds "Reuters2h ago": the innermost label is the outlet's own.
    if (!found || found.el.contains(el)) found = { el, source: label.source, published: label.published };
  }
  return { source: found?.source ?? null, published: found?.published ?? firstTime, byline };
}
