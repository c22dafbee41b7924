// @vitest-environment jsdom
// Extraction over generated pages, on jsdom: its HTML parser follows the standard, as browsers' do, so the
// sanitiser is judged on the parse a real page would get (mutation XSS depends on exactly that).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/engine';
import { isWebUrl, unsafeParts } from '../fixtures/xss/unsafe';
import { generatedPage } from './arbitraries/page';
import { parse } from './helpers';

const URL = 'https://news.example/story/1';
const SEED = 20_261_130;

describe('extract on generated pages', () => {
  test('extract never throws; its HTML is sanitised and its related links are http(s) (300 pages)', () => {
    fc.assert(
      fc.property(generatedPage, ({ html }) => {
        const article = extract(parse(html), { url: URL });
        expect(unsafeParts(article.html, URL)).toEqual([]);
        for (const story of article.related) expect(isWebUrl(story.url, URL), story.url).toBe(true);
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
