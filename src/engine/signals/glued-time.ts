// "The Advertiser3 days ago", "PressDecember 2": a letter running straight into a time. The leading
// \p{L} of a single /u regex is tried at every letter of the page (20 ms on a 700 KB page in jsdom);
// here the plain tails are searched and only their starts checked, which finds the same matches.
const AGO_TAIL =
  /(?:\d+ ?|an? )(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago\b/g;
const MONTH_TAIL = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d/g;
const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;

export function hasGluedTime(text: string): boolean {
  return tailAfter(text, AGO_TAIL, LETTER) || tailAfter(text, MONTH_TAIL, LOWER);
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
