import { expect, test } from 'vitest';
import { BMP_WORD_RANGES } from '../../src/engine/data/word-chars';

/** The BMP's letters and digits by this runtime's Unicode, in the data's format (surrogates are not letters). */
function wordRanges(): string[] {
  const word = /^[\p{L}\p{N}]$/u;
  const hex = (code: number) => code.toString(16).padStart(4, '0');
  const ranges: string[] = [];
  let start = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const isWord = code < 0x10000 && (code < 0xd800 || code > 0xdfff) && word.test(String.fromCharCode(code));
    if (isWord && start < 0) start = code;
    if (!isWord && start >= 0) {
      ranges.push(start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`);
      start = -1;
    }
  }
  return ranges;
}

test('the BMP word ranges are every letter and digit of the BMP, and nothing else', () => {
  expect(BMP_WORD_RANGES.split(' ')).toEqual(wordRanges());
});
