import { expect, test } from 'vitest';
import { BMP_WORD } from '../../src/engine/data/word-chars';

/** The BMP's letters and digits by this runtime's Unicode, as the data writes them (surrogates are not letters). */
function wordRanges(): string {
  const word = /^[\p{L}\p{N}]$/u;
  const escaped = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let ranges = '';
  let start = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const isWord = code < 0x10000 && (code < 0xd800 || code > 0xdfff) && word.test(String.fromCharCode(code));
    if (isWord && start < 0) start = code;
    if (!isWord && start >= 0) {
      ranges += start === code - 1 ? escaped(start) : `${escaped(start)}-${escaped(code - 1)}`;
      start = -1;
    }
  }
  return ranges;
}

test('the BMP word class holds every letter and digit of the BMP, and nothing else', () => {
  const bmpWord = new RegExp(`^[${BMP_WORD}]$`);
  const unicodeWord = /^[\p{L}\p{N}]$/u;
  const wrong: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (bmpWord.test(char) !== unicodeWord.test(char)) wrong.push(code.toString(16));
  }
  expect(wrong, `Unicode moved on: BMP_WORD should now be '${wordRanges()}'`).toEqual([]);
});

test('no surrogate is in the class: characters beyond the BMP are read one by one (text/fold.ts)', () => {
  const bmpWord = new RegExp(`[${BMP_WORD}]`);
  expect(bmpWord.test('\ud83d')).toBe(false);
  expect(bmpWord.test('\ude00')).toBe(false);
});
