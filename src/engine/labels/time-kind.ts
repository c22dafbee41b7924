import { DAY_WORDS, SHORT_UNITS } from '../data/time-words';

/** Relative times ("2h", "3 Std.", "25 min"): read by the age of the story, as aggregators print them. */
const SHORT_RELATIVE = new RegExp(`^\\d+\\s?(?:${SHORT_UNITS.join('|')})\\.?$`, 'i');

/**
 * A numeric stamp: a clock time or a date that starts with its digits ("14:05", "24.04.2024, 19:35 Uhr",
 * "3 déc."), not a relative time ("3 days ago", "25m") nor a written date ("October 13, 2016"). Publishers
 * print their bylines' stamps this way as often as aggregators their labels.
 */
export function isStamp(published: string): boolean {
  return /^\d/.test(published) && !/\bago$/i.test(published) && !SHORT_RELATIVE.test(published);
}

/** "Yesterday", "Gestern", "Hier", "Ayer": a day named by its distance from today. */
const RELATIVE_DAY = new RegExp(`^(?:${DAY_WORDS.join('|')})$`, 'i');

/**
 * A relative time in words ("19 hours ago", "vor 3 Stunden", "il y a 2 h", "hace 5 horas", "Yesterday"): the
 * age of a story, as an aggregator labels it; a publisher dates its own line.
 */
export function isRelative(published: string): boolean {
  return /\bago$|^(?:vor|il\s+y\s+a|hace)\s/i.test(published) || RELATIVE_DAY.test(published.trim());
}
