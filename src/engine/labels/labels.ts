import { LABEL_SEPARATOR_END } from '../data/separators';
import { WEEKDAYS } from '../data/time-words';
import { BYLINE, cleanOutletName, isIconLabel, looksLikeOutletName } from './outlet-name';
import { matchLabel, mayEndInTime } from './time-patterns';

export interface GluedLabel {
  /** The outlet in front of the time; null when nothing or only an icon's label is there. */
  source: string | null;
  published: string;
}

const MAX_LABEL_LENGTH = 80;

/**
 * Splits "<outlet><time>" text that adjacent inline elements glue together ("The Advertiser3 days
 * ago", "timean hour ago", "Reuters · 2h ago"). Null for anything that is not such a label. `spaced`: the line
 * is read where a label is expected, and a name, a space and a time with digits is one.
 */
export function splitGluedLabel(text: string, spaced = false): GluedLabel | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat || flat.length > MAX_LABEL_LENGTH || !mayEndInTime(flat)) return null;
  const match = matchLabel(flat);
  if (!match) return null;
  if (match.kind === 'day' && !dayWordStarts(flat, match.prefix.length)) return null;
  const [rawPrefix, published] = weekdayOutOfWord(flat, match.prefix, match.time.trim());
  const weak = match.kind === 'weak' ? match.time : undefined;
  const prefix = cleanOutletName(rawPrefix);
  if (!prefix || isIconLabel(prefix) || BYLINE.test(prefix)) return { source: null, published };
  // A weak time ("Today", "2h", "14:05", "Dec 3") after a name needs a separator, or a name glued straight to
  // its digits: "USA Today", "InfoRiskToday" and "Formula 1h" are names, "Le Monde14:05" is a label.
  // Where the line is known to be a label (`spaced`, at the headline of a page known to be an aggregator), a
  // space before a time with digits will do: "El Mundo 14:05", "ABC Sevilla 3 min".
  const spacedDigits = spaced && /^\d/.test(weak ?? '') && /\s$/.test(rawPrefix);
  if (weak && !LABEL_SEPARATOR_END.test(rawPrefix.trimEnd()) && !gluedWeak(rawPrefix, weak) && !spacedDigits)
    return null;
  return looksLikeOutletName(prefix) ? { source: prefix, published } : null;
}

/** "3.12" glued to a word is a version ("Python3.12") or a price, not a clock. */
const DECIMAL = /^\d{1,2}\.\d{2}$/;

/** A weak time glued to the name before it: a letter runs into its first digit. */
function gluedWeak(prefix: string, time: string): boolean {
  return /\p{L}$/u.test(prefix) && /^\d/.test(time) && !DECIMAL.test(time);
}

const WEEKDAY_WORDS = new Set(WEEKDAYS);

/**
 * A weekday the pattern took from the end of a word gives it back: "El Mundo 3 de diciembre" is not "El Mun"
 * on a Sunday ("do"). A weekday glued on by a case change ("GuardianMonday, 3 June 2024") stays the time's.
 */
function weekdayOutOfWord(text: string, prefix: string, time: string): [string, string] {
  const lead = /^\p{L}+/u.exec(time)?.[0];
  if (!lead || !WEEKDAY_WORDS.has(lead.toLowerCase()) || dayWordStarts(text, prefix.length))
    return [prefix, time];
  const rest = time.slice(lead.length).replace(/^\.?,?\s*/, '');
  return [prefix + time.slice(0, time.length - rest.length), rest];
}

/** "GuardianYesterday" is glued by case change; "Mayer" does not end in the Spanish "ayer". */
function dayWordStarts(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined || !/\p{L}/u.test(before)) return true;
  return /\p{Lu}/u.test(text[at] ?? '') && /\p{Ll}/u.test(before);
}
