import {
  DAY_WORDS,
  ENGLISH_UNITS,
  FRENCH_UNITS,
  GERMAN_NUMBERS,
  GERMAN_UNITS,
  MONTHS,
  NUMBER_WORDS,
  SHORT_UNITS,
  SPANISH_UNITS,
  WEAK_DAY_WORDS,
  WEEKDAYS,
} from '../data/time-words';

// Regular expressions for the time at the end of an outlet/time label, built from the word lists.

function alternation(words: readonly string[]): string {
  // Lower case: the label pattern is matched against lower-cased text (see matchLabel).
  const escaped = words.map((w) =>
    w
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '\\s+'),
  );
  // Longest first, so "hours" is preferred to "h" when both fit.
  return `(?:${escaped.sort((a, b) => b.length - a.length).join('|')})`;
}

// "14:05 h" is how Spanish pages print a clock; "14h05" French ones.
const CLOCK = String.raw`\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?`;
const CLOCK_TAIL = String.raw`(?:,?\s+(?:at\s+|um\s+|à\s+|a\s+las\s+|-\s+)?${CLOCK}(?:\s+[a-z]{2,5})?)?`;
const WEEKDAY = String.raw`(?:${alternation(WEEKDAYS)}\.?,?\s+)?`;
const MONTH = `${alternation(MONTHS)}\\.?`;
// "ago" is also the Spanish "agosto": without a year after it, "3 ago" is not a date.
const MONTH_NO_YEAR = `${alternation(MONTHS.filter((month) => month !== 'ago'))}\\.?`;

// A numeric date names a day and a month in either order ("03/12/2026", "12/31/2024"): "172.20.30.50", an
// address, names neither.
const DAY_NUMBER = String.raw`(?:3[01]|[12]\d|0?[1-9])`;
const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])';
const NUMERIC_DAY_MONTH = `(?:${DAY_NUMBER}[./]${MONTH_NUMBER}|${MONTH_NUMBER}[./]${DAY_NUMBER})`;

// The weekday in front of a date is written once for all of them: every copy of a word list is compiled on its
// own (see LABEL_PATTERN).
const STRONG_DATE = [
  // "3 December, 2024", "3rd Dec 2024", "3. Dezember 2024", "3 de diciembre de 2024"
  String.raw`\d{1,2}(?:(?:st|nd|rd|th|\.)?\s*${MONTH},?|\.?\s+de\s+${MONTH}(?:\s+de)?)\s+\d{4}`,
  String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  String.raw`${NUMERIC_DAY_MONTH}[./]\d{2,4}`,
];

const STRONG = [
  String.raw`(?:\d+|${alternation(NUMBER_WORDS)})\s*${alternation(ENGLISH_UNITS)}\.?\s+ago`,
  String.raw`(?:a\s+)?(?:few\s+)?moments?\s+ago|just\s+now|right\s+now`,
  String.raw`vor\s+(?:\d+|${alternation(GERMAN_NUMBERS)})\s*${alternation(GERMAN_UNITS)}\.?`,
  String.raw`il\s+y\s+a\s+(?:\d+|une?|quelques)\s*${alternation(FRENCH_UNITS)}`,
  String.raw`hace\s+(?:\d+|una?|unos|unas)\s*${alternation(SPANISH_UNITS)}`,
  `${WEEKDAY}(?:${STRONG_DATE.join('|')})${CLOCK_TAIL}`,
  String.raw`\d{4}-\d{2}-\d{2}(?:[t\s]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?)?`,
];

const DAY = `${alternation(DAY_WORDS)}${CLOCK_TAIL}`;

// Trusted only alone or after a separator: "USA Today" and "9:30" inside a name are not times.
const WEAK = [
  `${alternation(WEAK_DAY_WORDS)}${CLOCK_TAIL}`,
  String.raw`\d+\s?${alternation(SHORT_UNITS)}\.?`,
  CLOCK,
  String.raw`${WEEKDAY}(?:${MONTH_NO_YEAR}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?${MONTH_NO_YEAR})${CLOCK_TAIL}`,
];

const LABEL_SOURCE = `^(.*?)(?:(${STRONG.join('|')})|(${DAY})|(${WEAK.join('|')}))$`;

/**
 * Prefix (lazy, so the earliest possible start of the time wins), then exactly one of: a strong time,
 * a day word, a weak time. The groups tell which. Every cleaned page pays for its compile once, cold, and a
 * case-blind pattern this long costs about half again as much as one matched against lower-cased text (node:
 * 8.7 against 5.9 ms for the compile and the first runs). No `u` flag, for the same reason: nothing needs one.
 */
const LABEL_PATTERN = new RegExp(LABEL_SOURCE);
/** For the rare text lower-casing makes longer ("İ"): compiled only if one comes. */
let caseBlind: RegExp | undefined;

/** A label cut in two, in the text's own case: the prefix, and the time it ends in, of one of three kinds. */
export interface LabelMatch {
  prefix: string;
  time: string;
  kind: 'strong' | 'day' | 'weak';
}

/** Reads a whole text as "<prefix><time>"; null if it does not end in a time. */
export function matchLabel(text: string): LabelMatch | null {
  const lower = text.toLowerCase();
  const kept = lower.length === text.length;
  if (!kept) caseBlind ??= new RegExp(LABEL_SOURCE, 'i');
  const match = kept ? LABEL_PATTERN.exec(lower) : caseBlind?.exec(text);
  if (!match) return null;
  const at = match[1]?.length ?? 0;
  const kind = match[2] !== undefined ? 'strong' : match[3] !== undefined ? 'day' : 'weak';
  // The time group runs to the end; lower-casing kept every offset, or the text itself was matched.
  return { prefix: text.slice(0, at), time: text.slice(at), kind };
}

/**
 * Words a time without digits can end in: "ago", "just now", "vor einer Stunde", "GuardianYesterday". Every
 * pattern above either has a digit or ends in one of these.
 */
const DIGITLESS_ENDINGS = [
  ...new Set(
    ['ago', 'now', ...GERMAN_UNITS, ...FRENCH_UNITS, ...SPANISH_UNITS, ...DAY_WORDS, ...WEAK_DAY_WORDS].map(
      (word) => word.toLowerCase().split(' ').pop() ?? word,
    ),
  ),
];

/**
 * Whether LABEL_PATTERN can match at all. Short texts are tested on every page, and the pattern (a lazy prefix
 * before a long alternation) tries every start; most texts (a button, a headline) have no
 * digit and end in no time word, which is cheap to see.
 */
export function mayEndInTime(text: string): boolean {
  if (/\d/.test(text)) return true;
  const tail = text.toLowerCase().replace(/\.$/, '');
  return DIGITLESS_ENDINGS.some((word) => tail.endsWith(word));
}
