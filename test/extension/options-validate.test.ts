import { describe, expect, test } from 'vitest';
import { checkList, isValidSelector } from '../../src/extension/options/validate';

describe('rule list validation', () => {
  test.each([
    ['.promo', true],
    ['div[data-ad] > p:not(.lead)', true],
    ['div[[', false],
    ['>>', false],
  ])('selector %j valid: %s', (selector, valid) => {
    expect(isValidSelector(selector, document)).toBe(valid);
  });

  test('names each bad selector line by its number, and keeps the good ones', () => {
    expect(checkList('selectors', '.promo\n\n div[[ \n.promo\n#app-banner', document)).toEqual({
      values: ['.promo', '#app-banner'],
      errors: [{ line: 3, text: 'div[[' }],
    });
  });

  test('phrases are any text within the length limit', () => {
    const check = checkList('phrases', `Download the app\n${'x'.repeat(400)}`, document);
    expect(check.values).toEqual(['Download the app']);
    expect(check.errors).toEqual([{ line: 2, text: 'x'.repeat(400) }]);
  });

  test('hosts are normalised; words are errors', () => {
    expect(checkList('hosts', 'https://www.Agg.example.com/x\nnot a host', document)).toEqual({
      values: ['agg.example.com'],
      errors: [{ line: 2, text: 'not a host' }],
    });
  });
});
