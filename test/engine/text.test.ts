import { describe, expect, test } from 'vitest';
import { fold, foldedSentences, isTruncated, snippet } from '../../src/engine/text';

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
    ['A whole sentence.', false],
  ])('%j', (input, output) => {
    expect(isTruncated(input)).toBe(output);
  });
});

test('snippet shortens long text with an ellipsis', () => {
  expect(snippet('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}\u2026`);
  expect(snippet('  short  text ')).toBe('short text');
});
