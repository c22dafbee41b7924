import { describe, expect, test } from 'vitest';
import { countMatches } from '../../src/extension/content/page/match-count';
import { isContentMessage } from '../../src/extension/shared/message-guards';

describe('count-matches message', () => {
  test.each([
    [{ type: 'count-matches', custom: { phrases: ['a'], selectors: [] } }, true],
    [{ type: 'count-matches' }, false],
    [{ type: 'count-matches', custom: { phrases: 'a', selectors: [] } }, false],
    [{ type: 'count-matches', custom: { phrases: [1], selectors: [] } }, false],
  ])('isContentMessage(%j) is %s', (value, expected) => {
    expect(isContentMessage(value)).toBe(expected);
  });
});

describe('countMatches', () => {
  const page = `<main><article><h1>Story</h1>
    <p>${'A real paragraph of the story that goes on for a while. '.repeat(4)}</p>
    <div class="promo"><p>Get our app today</p></div>
    <aside class="promo"><p>Get our app today</p></aside></article></main>`;

  test('counts what each list would remove, without touching the page', async () => {
    document.body.innerHTML = page;
    const before = document.body.innerHTML;
    const counts = await countMatches(document, { phrases: ['Get our app'], selectors: ['.promo', 'h6'] });
    expect(counts).toEqual({ phrases: 2, selectors: 2 });
    expect(document.body.innerHTML).toBe(before);
  });

  test('an invalid selector counts nothing instead of throwing', async () => {
    document.body.innerHTML = page;
    expect(await countMatches(document, { phrases: [], selectors: ['div[['] })).toEqual({
      phrases: 0,
      selectors: 0,
    });
  });
});
