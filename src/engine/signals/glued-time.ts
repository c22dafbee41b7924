// "The Advertiser3 days ago", "PressDecember 2": a letter running straight into a time. The leading
// \p{L} of a single /u regex is tried at every letter of the page (20 ms on a 700 KB page in jsdom);
// here the plain tails are searched and only their starts checked, which finds the same matches.
// " ago" is rare in prose: each one is found with indexOf, and only the few characters before it are matched.
const AGO_TAIL = /(?:\d+ ?|an? )(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)$/;
/** Enough characters before " ago" for the longest tail ("1234567 seconds"). */
const AGO_WINDOW = 24;
const MONTH_TAIL = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d/g;
const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;

export function hasGluedTime(text: string): boolean {
  return gluedAgo(text) || tailAfter(text, MONTH_TAIL, LOWER);
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
    if (match && LETTER.test(charBefore(text, from + match.index))) return true;
  }
  return false;
}

/** True when `tail` matches somewhere right after a character that `before` accepts. */
function tailAfter(text: string, tail: RegExp, before: RegExp): boolean {
  tail.lastIndex = 0;
  for (let m = tail.exec(text); m; m = tail.exec(text)) {
    if (before.test(charBefore(text, m.index))) return true;
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
