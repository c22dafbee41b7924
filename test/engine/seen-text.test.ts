// The gate's read of a page's text (signals/seen-text.ts): what the extension's start-up script sends to the
// background to scan, so it must scan exactly as the text read whole in the page would.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quickScan, scanText } from '../../src/engine/detection/signals/quick-scan';
import { seenText, squeezeSpace } from '../../src/engine/detection/signals/seen-text';
import { plain } from '../../src/engine/text/fold';

/** The plain definition squeezeSpace() must meet: each run of white space to a line break if it holds one. */
const squeezedByRun = (text: string) =>
  text.replace(/[^\S\ufeff]+/g, (gap) => (gap.includes('\n') ? '\n' : ' '));

const SEED = 20_261_205;
const spacey = fc.string({
  unit: fc.constantFrom(
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '\u3000',
    '\ufeff',
    '\u200b',
    'a',
    'B',
    '.',
    '"',
  ),
  maxLength: 60,
});

describe('squeezeSpace', () => {
  test.each([
    ['  a  b  ', ' a b '],
    ['a \n\n  b', 'a\nb'],
    ['a\t\u00a0b', 'a b'],
    ['a\r\nb', 'a\nb'],
    ['one two', 'one two'],
  ])('%j squeezes to %j', (text, squeezed) => {
    expect(squeezeSpace(text)).toBe(squeezed);
  });

  test('meets its definition, and commutes with plain() as the background scan needs', () => {
    fc.assert(
      fc.property(spacey, (text) => {
        expect(squeezeSpace(text)).toBe(squeezedByRun(text));
        expect(squeezeSpace(squeezeSpace(text))).toBe(squeezeSpace(text));
        expect(squeezeSpace(plain(squeezeSpace(text)))).toBe(squeezeSpace(plain(text)));
      }),
      { numRuns: 2_000, seed: SEED },
    );
  });

  test('a long run of spaces with no line break is one pass, not a pass per space', () => {
    const text = `a${' '.repeat(200_000)}b`;
    expect(squeezeSpace(text)).toBe('a b');
  });
});

describe('seenText', () => {
  const sentence = 'Engineers said the bridge would reopen to traffic on Monday after the repairs. ';
  const html = `<main>
      <p>${sentence.repeat(2)}</p>
      <script>var state = ${JSON.stringify(sentence.repeat(3))};</script>
      <style>.story { color: black; } /* ${'padding '.repeat(10)} */</style>
          <p>${sentence.repeat(2)}</p>
    </main>`;

  test("leaves out scripts' and stylesheets' text and squeezes the gaps", () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const text = seenText(doc.body);
    expect(text).not.toContain('var state');
    expect(text).not.toContain('color: black');
    expect(text).toBe(squeezeSpace(text));
    expect(text.split(sentence.trim()).length - 1).toBe(4);
  });

  test('scanned elsewhere, it gives the verdict the page would', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(scanText(seenText(doc.body))).toEqual(quickScan(doc.body));
    expect(quickScan(doc.body).repeatedSentences).toBeGreaterThan(0);
  });
});
