import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fold,
  foldedSentences,
  foldedWords,
  foldPlain,
  foldPlainAll,
  isTruncated,
  memoFold,
  nfkc,
  plain,
  snippet,
  squash,
} from '../../src/engine/text/fold';

describe('fold', () => {
  test.each([
    ['Hello,   World!', 'hello world'],
    ['\u201cQuoted\u201d \u2014 dash\u2013es', 'quoted dash es'],
    ["It\u2019s Kim's", 'its kims'],
    ['ＦＵＬＬ width', 'full width'],
    ['zero\u200bwidth', 'zerowidth'],
    ['Über straße', 'über straße'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(fold(input)).toBe(output);
  });
});

describe('foldedSentences', () => {
  test.each([
    ['One. Two! Three?', ['one', 'two', 'three']],
    ['He said "stop." Then left.', ['he said stop', 'then left']],
    ['No terminal punctuation', ['no terminal punctuation']],
    ['Mr. Trump spoke.', ['mr', 'trump spoke']],
    ['   ', []],
  ])('%j', (input, output) => {
    expect(foldedSentences(input)).toEqual(output);
  });
});

describe('isTruncated', () => {
  test.each([
    ['The minister said the plan would…', true],
    ['The minister said the plan would...', true],
    ['The minister said the plan would [\u2026]', true],
    ['The minister said the plan would. . .', true],
    ['The minister said the plan would\uff0e\uff0e\uff0e ', true],
    ['The minister said the plan would (...)', true],
    ['A whole sentence.', false],
  ])('%j', (input, output) => {
    expect(isTruncated(input)).toBe(output);
  });
});

test('snippet shortens long text with an ellipsis', () => {
  expect(snippet('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}\u2026`);
  expect(snippet('  short  text ')).toBe('short text');
});

describe('squash', () => {
  test.each([
    ['already single-spaced', 'already single-spaced'],
    ['  leading and trailing  ', 'leading and trailing'],
    ['tab\there', 'tab here'],
    ['line\nbreak', 'line break'],
    ['no-break\u00a0space', 'no-break space'],
    ['two  spaces', 'two spaces'],
    ['', ''],
    [' ', ''],
  ])('%j -> %j', (input, expected) => {
    expect(squash(input)).toBe(expected);
  });
});

describe('word counts', () => {
  test.each([
    ['', 0],
    ['one', 1],
    ['Three words here.', 3],
    ['"Quoted," she said \u2014 twice', 4],
    ['don\u2019t split', 2],
    ['  ...  ', 0],
  ])('%j has %i words', (text, words) => {
    expect(foldedWords(fold(text))).toBe(words);
    expect(foldedWords(fold(text))).toBe(fold(text) ? fold(text).split(' ').length : 0);
  });
});

describe('memoFold', () => {
  test('answers as fold() does, the same string again for the same text', () => {
    const folder = memoFold();
    const text = 'The \u201cSame\u201d Sentence';
    const first = folder(text);
    expect(first).toBe(fold(text));
    expect(folder(text)).toBe(first);
    expect(folder('Another one')).toBe('another one');
  });
});

describe('nfkc', () => {
  // A long text is normalised a block of lines at a time: beside line breaks, combining marks, Hangul jamo,
  // ligatures, full-width forms and every kind of space, the result is NFKC of the whole text.
  const pieces = [
    'a',
    'e',
    'E',
    ' ',
    '.',
    '\n',
    '\n',
    '\u0301',
    '\u0308',
    '\u0327',
    '\u00a0',
    '\u202f',
    '\u3000',
  ];
  const more = [
    '\u2026',
    '\uff41',
    '\ufb01',
    '\u1100',
    '\u1161',
    '\u11a8',
    '\u00df',
    '\u2126',
    '\u2122',
    '\u00bd',
  ];
  test.each([1, 3, 8])('in blocks of %i characters, is NFKC of the whole text', (block) => {
    const text = fc
      .array(fc.constantFrom(...pieces, ...more), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => nfkc(t, block) === t.normalize('NFKC')),
      { numRuns: 2000 },
    );
  });

  test('plain() reads a long page alike', () => {
    const line = 'Caf\u00e9\u00a0prices rose\u2026 again\u2122 \ufb01nally.\n';
    expect(plain(line.repeat(500))).toBe(plain(line).repeat(500));
  });
});

describe('foldPlainAll', () => {
  // Greek capital sigma lower-cases by what follows it: the join must not change that.
  const pieces = [
    'A',
    'b',
    ' ',
    '  ',
    '.',
    ',',
    '\u03a3',
    '\u0391',
    '\u0130',
    '\u00df',
    '7',
    '\u0301',
    '\ue000',
    '\u00a0',
    '-',
  ];
  test('folds each text as foldPlain() does', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        expect(foldPlainAll(texts)).toEqual(texts.map(foldPlain));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    [[], []],
    [
      ['ΟΔΟΣ', 'Σ a'],
      ['οδος', 'σ a'],
    ],
    [
      ['icon\ue000 label', 'Next one.'],
      ['icon label', 'next one'],
    ],
  ])('%j', (texts, folded) => {
    expect(foldPlainAll(texts)).toEqual(folded);
  });
});

describe('foldPlain() reads letters and digits as the \\p classes do', () => {
  // The u-flag reading that fold() replaced for its compile cost (data/word-chars.ts); the two must agree.
  const reference = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu, ' ')
      .trim();
  const pieces = [
    'a',
    ' ',
    '.',
    '\u00e9',
    '\u4e2d',
    '\u0661',
    '\u2164',
    '\ud83c\udf89', // 🎉, not a letter
    '\ud840\udc00', // 𠀀, a CJK letter beyond the BMP
    '\ud835\udfce', // 𝟎, a mathematical digit
    '\ud801\udc00', // 𐐀, a Deseret capital, lower-cased beyond the BMP
    '\ud800', // lone surrogates
    '\udc00',
    '\ue000',
  ];

  test('on text mixing the BMP, astral letters, emoji and lone surrogates', () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(foldPlain(t)).toBe(reference(t));
        expect(foldPlainAll([t, t])).toEqual([reference(t), reference(t)]);
      }),
      { numRuns: 3000 },
    );
  });

  test('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => {
        expect(foldPlain(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
