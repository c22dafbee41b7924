import { ICON_LABELS, NAME_CONNECTORS, UI_WORDS } from '../data/icon-labels';
import { MONTHS, WEEKDAYS } from '../data/time-words';
import { matchLabel } from './time-patterns';

const ICONS = new Set(ICON_LABELS);
const CONNECTORS = new Set(NAME_CONNECTORS);
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS, ...UI_WORDS]);
// Only articles may open a name ("The Guardian", "Le Monde"); "on Deadspin" is "Deadspin".
const LEADING_ARTICLES = new Set(['the', 'le', 'la', 'les', 'el', 'der', 'die', 'das']);
const BULLETS = /^[\s\u2022\u00b7|\u2013\u2014:,/-]+|[\s\u2022\u00b7|\u2013\u2014:,/-]+$/gu;
const LEAD_INS = /^(?:via|on|from|source|quelle|provided by|powered by|courtesy of)(?:\s*:\s*|\s+)/i;
/** "By Jane Doe", "Kolumne von Jane Doe": a writer, not an outlet. */
export const BYLINE = /^(?:(?:story|written|posted|words|reporting)\s+)?(?:by|von|par|por)\s/i;
/** "6 Bilder", "15 photos": a count in front of a word. */
const COUNT = /^\p{N}[\p{N}\s.,]*\s\p{L}+$/u;

/** True for an icon's label ("schedule", "Updated:") or a UI word ("Live") in front of a time. */
export function isIconLabel(text: string): boolean {
  const key = text.toLowerCase().replace(/[\s:]+$/, '');
  return ICONS.has(key) || UI_WORDS.includes(key);
}

/** Strips what surrounds an outlet's name on a card: bullets, "via", a trailing "Published". */
export function cleanOutletName(text: string): string {
  const words = text.replace(BULLETS, '').replace(LEAD_INS, '').split(' ');
  // "Reuters Updated", "Medical News Last updated": an icon label left between outlet and time.
  for (const size of [2, 1]) {
    if (words.length >= size && ICONS.has(words.slice(-size).join(' ').toLowerCase())) words.splice(-size);
  }
  return words.join(' ').replace(BULLETS, '');
}

/**
 * Whether text can be an outlet's name ("The Advertiser", "news.com.au", "t-online") rather than part
 * of a sentence ("It happened"): outlet names are short and capitalised word by word. Where the markup
 * marks the element as the source (`marked`), lower-case brands pass too ("tagesschau", "kicker").
 */
export function looksLikeOutletName(text: string, marked = false): boolean {
  if (text.length < 2 || text.length > 60 || isIconLabel(text) || NOT_NAMES.has(text.toLowerCase()))
    return false;
  if (!/^[\p{L}\p{N}"'\u201c\u2018]/u.test(text) || !/\p{L}/u.test(text)) return false;
  // Two letters make an outlet only as initials ("AP"), not as a widget's "Aa".
  if (text.length === 2 && !/^[\p{Lu}\p{N}]{2}$/u.test(text)) return false;
  if (/\p{Ll}{3,}[.?]\s/u.test(text) || /:\/\/|\/\w|\s(?:by|von)\s/i.test(text) || containsDate(text))
    return false;
  if (BYLINE.test(text) || isNumberFragment(text)) return false;
  const words = text.split(' ');
  if (words.length > 7) return false;
  return marked ? words.length <= 5 : words.every((word, index) => nameWordOk(word, index, words.length));
}

function nameWordOk(word: string, index: number, count: number): boolean {
  if (!/^\p{Ll}/u.test(word)) return true;
  if (word.includes('.') || /\d/.test(word)) return true;
  if (CONNECTORS.has(word)) return index < count - 1 && (index > 0 || LEADING_ARTICLES.has(word));
  // A lone lower-case word is a brand ("t-online") only when it is not plain prose.
  return count === 1 && word.includes('-');
}

/**
 * "15-Apr-2011 12" (a date and an hour cut from a time stamp), "6 Bilder": a name is words, and a text with
 * as many digits as letters, or a number before one word, is a date, a time or a count.
 */
function isNumberFragment(text: string): boolean {
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return digits >= letters || COUNT.test(text);
}

/** "April 5, 2018" or "Our Staff 16 November 2017" is a date line, not a name. */
function containsDate(text: string): boolean {
  const kind = matchLabel(text)?.kind;
  return kind === 'strong' || kind === 'day';
}
