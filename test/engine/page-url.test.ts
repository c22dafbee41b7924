import { describe, expect, test } from 'vitest';
import { pageUrl } from '../../src/engine/page/page-url';
import { parse } from './helpers';

const page = (head: string) =>
  parse(`<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`);

describe('pageUrl', () => {
  test.each([
    ['the canonical link', '<link rel="canonical" href="https://news.example/a">', 'https://news.example/a'],
    [
      'a canonical rel in any case',
      '<link rel=" Canonical " href="https://news.example/b">',
      'https://news.example/b',
    ],
    [
      'og:url without a canonical link',
      '<meta property="og:url" content="https://news.example/c">',
      'https://news.example/c',
    ],
    [
      'the canonical link before og:url',
      '<meta property="og:url" content="https://news.example/og"><link rel="canonical" href="https://news.example/d">',
      'https://news.example/d',
    ],
    [
      'a link below a head wrapper',
      '<noscript><link rel="canonical" href="https://news.example/e"></noscript>',
      'https://news.example/e',
    ],
    ['nothing but a non-web canonical', '<link rel="canonical" href="javascript:void(0)">', null],
  ])('reads %s', (_, head, expected) => {
    const doc = page(head);
    const url = pageUrl(doc);
    // With nothing usable in the head, the page's own URL, if it is a web one.
    expect(url).toBe(expected ?? (/^https?:/.test(doc.URL) ? new URL(doc.URL).href : null));
  });

  test('the caller’s URL wins over the page’s own', () => {
    const doc = page('<link rel="canonical" href="https://news.example/a">');
    expect(pageUrl(doc, 'https://given.example/x')).toBe('https://given.example/x');
  });
});
