import {
  COVERAGE_HEADINGS,
  CURATOR_LINES,
  RECOMMENDATION_HEADINGS,
  SENDS_TO_ORIGINAL,
  VIDEO_HEADINGS,
} from '../data/attribution-phrases';
import { cleanOutletName, looksLikeOutletName } from './outlet-name';

/** A line is a block of its own: a longer text is a paragraph that mentions the phrase. */
export const MAX_LINE = 200;
/** A heading is a label, not a sentence. */
const MAX_HEADING = 60;

export type AttributionKind = 'original' | 'curator' | 'coverage' | 'video' | 'recommendation';

export interface AttributionLine {
  kind: 'original' | 'curator';
  /** The outlet (or curator) the line names. */
  name: string;
}

/** What follows the name: the end of its sentence, an arrow, a "Read the original article." link text. */
const NAME_END = /(?:[.!]\s.*|[\s.!:>\u2192\u00bb\u203a]+)$/u;

/**
 * "Originally published on The Guardian", "Kuratiert von Jane Doe": the line, read from the start of a block's
 * text, with the name it gives. Null for prose ("The report was originally published on Monday") and for a
 * name that is not one (a date, a sentence).
 */
export function attributionLine(text: string): AttributionLine | null {
  if (text.length > MAX_LINE) return null;
  const original = named(text, SENDS_TO_ORIGINAL, true);
  if (original) return { kind: 'original', name: original };
  const curator = named(text, CURATOR_LINES, false);
  return curator ? { kind: 'curator', name: curator } : null;
}

function named(text: string, patterns: readonly RegExp[], outlet: boolean): string | null {
  for (const pattern of patterns) {
    const captured = pattern.exec(text)?.[1];
    if (!captured) continue;
    const name = cleanOutletName(captured.replace(NAME_END, '').trim());
    // A curator may be a person or a desk ("the editors"); an outlet is written like one.
    if (outlet ? looksLikeOutletName(name) : name.length >= 2 && name.length <= 60) return name;
  }
  return null;
}

/** The kind of widget a heading opens ("More coverage", "Videos for you", "Empfohlen für Sie"), or null. */
export function attributionHeading(text: string): Exclude<AttributionKind, 'original' | 'curator'> | null {
  if (text.length > MAX_HEADING) return null;
  const bare = text.replace(/[\s:.!>\u2192\u00bb\u203a]+$/u, '');
  if (COVERAGE_HEADINGS.some((p) => p.test(bare))) return 'coverage';
  if (VIDEO_HEADINGS.some((p) => p.test(bare))) return 'video';
  if (RECOMMENDATION_HEADINGS.some((p) => p.test(bare))) return 'recommendation';
  return null;
}

/**
 * The outlet an "Originally published on X" line named, from what the attribution rule removed: the line is
 * gone from the page by the time the metadata is read, and may have been the page's only credit.
 */
export function removedCredit(removed: readonly { rule: string; text: string }[]): string | null {
  for (const { rule, text } of removed) {
    if (rule !== 'attribution') continue;
    const line = attributionLine(text);
    if (line?.kind === 'original') return line.name;
  }
  return null;
}
