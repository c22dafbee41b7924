// @vitest-environment jsdom
// The XSS corpus (test/fixtures/xss) through extract(): no payload may survive into the article HTML or the
// related links, alone, all together, or in any generated mix and order. On jsdom, whose HTML parser follows
// the standard as browsers' do: mutation XSS depends on exactly how markup is re-parsed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/engine';
import { aggregatorPage, ordinaryPage, payloads, TITLE } from '../fixtures/xss/pages';
import { isWebUrl, MARKER, unsafeParts } from '../fixtures/xss/unsafe';
import { parse } from './helpers';

const URL = 'https://newsroll.example/s/harbour-bridge-closed-q0';

function check(html: string): void {
  const article = extract(parse(html), { url: URL });
  expect(article.paragraphs.length, 'an article is still found').toBeGreaterThan(0);
  expect(unsafeParts(article.html, URL)).toEqual([]);
  for (const story of article.related) {
    expect(isWebUrl(story.url, URL), story.url).toBe(true);
    expect(story.url).not.toContain(MARKER);
  }
}

describe('XSS corpus through extract()', () => {
  test('the corpus holds at least 30 payloads', () => {
    expect(payloads.body.length + payloads.related.length).toBeGreaterThanOrEqual(30);
  });

  test('the aggregator page with every payload is detected, cleaned and extracted safely', () => {
    const html = aggregatorPage(payloads.body, payloads.related);
    const article = extract(parse(html), { url: URL });
    expect(article.detection?.isAggregator).toBe(true);
    expect(article.title).toBe(TITLE);
    // The two safe related stories survive; no hostile one does.
    expect(article.related.length).toBeGreaterThanOrEqual(2);
    check(html);
  });

  test('the ordinary page with every payload is extracted safely', () => {
    check(ordinaryPage(payloads.body));
  });

  test.each(payloads.body)('payload $id alone, in both pages', ({ id, html }) => {
    const one = [{ id, html }];
    check(aggregatorPage(one, []));
    check(ordinaryPage(one));
  });

  test.each(payloads.related)('hostile related link $id never becomes a non-web link', (story) => {
    const article = extract(parse(aggregatorPage([], [story])), { url: URL });
    // A card whose link is not http(s) is dropped whole; one with a web link and a handler keeps only the URL.
    if (!isWebUrl(story.href, URL)) expect(article.related.map((s) => s.title)).not.toContain(story.title);
    check(aggregatorPage([], [story]));
  });

  test('any mix and order of payloads (40 generated pages)', () => {
    const mix = fc.tuple(
      fc.shuffledSubarray(payloads.body, { minLength: 1 }),
      fc.shuffledSubarray(payloads.related),
      fc.boolean(),
    );
    fc.assert(
      fc.property(mix, ([body, related, aggregator]) => {
        check(aggregator ? aggregatorPage(body, related) : ordinaryPage(body));
      }),
      { numRuns: 40, seed: 6 },
    );
  });
});
