// "The Advertiser3 days ago", "PressDecember 2", "Le Monde14:05", "Spiegelvor 3 Stunden", "El PaísAyer": a
// letter of a name running straight into a time. The leading \p{L} of a single /u regex is tried at every
// letter of the page (20 ms on a 700 KB page in jsdom); here the tails are searched (indexOf for a fixed
// word, a regex led by a capital or by two letters and a digit otherwise) and only their starts checked,
// which finds the same matches. Kept as literals, not built from data/time-words.ts: this runs, and loads, on
// every page.

// " ago" is rare in prose: each one is found with indexOf, and only the few characters before it are matched.
const AGO_TAIL = /(?:\d+ ?|an? )(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)$/;
/** Enough characters before " ago" for the longest tail ("1234567 seconds"). */
const AGO_WINDOW = 24;

/**
 * Where a label ends: at a space or the end, and not before a lower-case word (prose goes on: "zuvor 3 Stunden
 * lang", "Hier finden Sie"). Script text runs on without spaces ("isTodayItem", "T06:00\"", "Gu1h_"): a
 * label glued to the next block's first word is given up for it.
 */
const END = String.raw`(?=\s|$)(?!\s+[a-z\u00df-\u00ff])`;
/** Script text names a day too: "const dYesterday = new Date()", "function isYesterday (x)". */
const NOT_CODE = String.raw`(?!\s*[=({[;])`;
/** A month is a whole word; the year may follow ("3 de diciembre de 2026"). */
const WORD_END = String.raw`(?![A-Za-z\u00c0-\u024f])`;

const MONTH_WORD =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Jan|Feb|Mar|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Okt|Nov|Dec|Dez';
const MONTH_LOWER =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';

/**
 * After a lower-case letter: an English or German month and a day, or a day word glued by case change. Not
 * "Today" and its kin: they end names ("InfoRiskToday", "Psychology Today").
 */
const CAPITAL_TAIL = new RegExp(
  `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d|(?:Mai|Mär|Mrz|Okt|Dez)[a-z]*\\.? \\d|(?:Yesterday|Vorgestern|Gestern|Hier|Ayer)${END}${NOT_CODE}`,
  'g',
);

/**
 * After a word of two letters or more (a name, not an ISO stamp's "T" in "2018-04-05T06:00"): a short relative
 * time (25m, 3 Std., 2 j; the first group), or a numeric stamp: a clock time (14:05, 2:05 PM, 14h05, 14.05 Uhr),
 * a numeric date (03/12/2026, 3.12.2026, 2026-12-03) or a day and a month (3 Dec, 3. Dezember, 3 décembre, 3 de
 * diciembre). A plain "3.12" is a version or a price, not a time. The two letters lead the pattern, Latin, Greek
 * or Cyrillic: a scan for a letter pair and a digit is cheaper than one for every digit of a page's scripts.
 */
const PAIR = String.raw`[A-Za-z\u00c0-\u024f\u0370-\u04ff]{2}`;
const DIGIT_TAIL = new RegExp(
  String.raw`${PAIR}(?:(\d{1,2}\s?(?:min|Min|Std|std|hrs|hr|[mhdj])\.?${END})|(?:\d{1,2}(?::[0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?|h[0-5]\d|\.[0-5]\d\s?Uhr|[./]\d{1,2}[./](?:\d{4}|\d{2}))|\d{4}-\d{2}-\d{2})${END}|\d{1,2}(?:\.|st|nd|rd|th)?\s(?:de\s)?(?:${MONTH_WORD}|${MONTH_LOWER})${WORD_END})`,
  'g',
);
/**
 * A byline glued to its stamp prints one ("Von Katja Belousova22.04.2024"); an aggregator prints a label per
 * story: stamps count from the second on (as in signals/glued-label.ts).
 */
const STAMPS = 2;

/**
 * German, French and Spanish relative times ("Spiegelvor 3 Stunden"), found by a rare piece of their first
 * words ("y a ", where "il y a " starts three characters earlier: "i" is too common a first character for a
 * fast search).
 */
const RELATIVE_LEADS: readonly [string, number][] = [
  ['vor ', 0],
  ['y a ', 3],
  ['hace ', 0],
];
const RELATIVE_REST = new RegExp(
  String.raw`(?:vor (?:\d{1,3}|einer|einem|einen|wenigen|ein paar|mehreren) ?(?:[Ss]ekunden?|[Ss]ek|[Mm]inuten?|[Mm]in|[Ss]tunden?|[Ss]td|[Tt]agen?|[Tt]ag|[Ww]ochen?|[Mm]onaten?|[Mm]onat|[Jj]ahren?|[Jj]ahr)|il y a (?:\d{1,3}|une?|quelques) ?(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)|hace (?:\d{1,3}|una?|unos|unas) ?(?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|meses|mes|años?))\.?${END}`,
  'y',
);

const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;

/** Right after a letter. */
const afterLetter = (text: string, at: number) => LETTER.test(charBefore(text, at));
/** Right after a lower-case letter: "GuardianYesterday", "PressDecember 2". */
const afterLower = (text: string, at: number) => LOWER.test(charBefore(text, at));

export function hasGluedTime(text: string): boolean {
  return (
    gluedAgo(text) || gluedRelative(text) || tailAfter(text, CAPITAL_TAIL, afterLower) || gluedDigits(text)
  );
}

/**
 * A short relative time glued to a name, or two glued stamps apart. Every start is tried, as the single regex
 * would: a stamp's month may hold the letters a short time is glued to ("rh05 May1 Std.").
 */
function gluedDigits(text: string): boolean {
  DIGIT_TAIL.lastIndex = 0;
  let stamps = 0;
  let stampEnd = 0;
  for (let m = DIGIT_TAIL.exec(text); m; m = DIGIT_TAIL.exec(text)) {
    if (m[1] !== undefined) return true;
    if (m.index >= stampEnd) {
      if (++stamps >= STAMPS) return true;
      stampEnd = m.index + m[0].length;
    }
    DIGIT_TAIL.lastIndex = m.index + 1;
  }
  return false;
}

/** "3 days ago" or "an hour ago" run straight into a letter before it. */
function gluedAgo(text: string): boolean {
  // "ago", not " ago": a search stops at each candidate of its first character, and spaces are everywhere
  // (nine times slower over the corpus's text).
  for (let found = text.indexOf('ago'); found !== -1; found = text.indexOf('ago', found + 1)) {
    const at = found - 1;
    // " ago" and no more of a word: "agony" is not a time, but "agoThe" is one glued to the next block's text.
    if (text.charCodeAt(at) !== 32 || /[a-z\d_]/.test(text.charAt(at + 4))) continue;
    const from = Math.max(0, at - AGO_WINDOW);
    // The leftmost match is the whole number ("123 days"): a start inside it has a digit before it.
    const match = AGO_TAIL.exec(text.slice(from, at));
    if (match && afterLetter(text, from + match.index)) return true;
  }
  return false;
}

/** "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos" with a letter right before the first word. */
function gluedRelative(text: string): boolean {
  for (const [lead, back] of RELATIVE_LEADS) {
    for (let found = text.indexOf(lead); found !== -1; found = text.indexOf(lead, found + 1)) {
      const start = found - back;
      if (start < 1 || !afterLetter(text, start)) continue;
      RELATIVE_REST.lastIndex = start;
      if (RELATIVE_REST.test(text)) return true;
    }
  }
  return false;
}

/** True when `tail` matches somewhere that `before` accepts what precedes. */
function tailAfter(text: string, tail: RegExp, before: (text: string, at: number) => boolean): boolean {
  tail.lastIndex = 0;
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    if (before(text, m.index)) return true;
    // Every start is tried, as the single regex would: a later overlapping start may qualify.
    tail.lastIndex = m.index + 1;
  }
  return false;
}

function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}
