import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasGluedTime } from '../../src/engine/signals/glued-time';

// The single regex hasGluedTime replaces (too slow on big pages); both must agree on every text. "ago" may run
// into a capital: textContent glues a label to the next block's text ("agoThe").
const REFERENCE =
  /\p{L}(?:\d+ ?|an? )(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago(?![a-z\d_])|\p{Ll}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d/u;

const PIECES = [
  'The Advertiser',
  'Press',
  '3',
  '12 ',
  ' ',
  'an ',
  'a ',
  'days',
  'hour',
  ' ago',
  'agony',
  'December',
  'May',
  ' 2',
  'x',
  'The',
  'É',
  '𝑎',
  '.',
  '1',
];

describe('hasGluedTime', () => {
  test.each([
    ['The Advertiser3 days ago', true],
    ['The Advertiser 3 days ago', false],
    ['Reutersan hour ago', true],
    ['PressDecember 2', true],
    ['Press December 2', false],
    ['Dayton12 minutes agony', false],
    ['Reuters2 hours agoThe next story', true],
    ['Reuters2 hours ago_x', false],
    ['ÉCOLEMay 4', false],
    ['écoleMay 4', true],
  ])('%s → %s', (text, expected) => {
    expect(hasGluedTime(text)).toBe(expected);
    expect(REFERENCE.test(text)).toBe(expected);
  });

  test('agrees with the single regex on generated texts', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => hasGluedTime(t) === REFERENCE.test(t)),
      { numRuns: 2000 },
    );
  });
});
