import { describe, expect, test } from 'vitest';
import {
  fold,
  foldedSentences,
  foldedWords,
  isTruncated,
  memoFold,
  snippet,
  squash,
} from '../../src/engine/text';

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
