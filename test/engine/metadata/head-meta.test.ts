import { describe, expect, test } from 'vitest';
import { metaContent, PageMeta } from '../../../src/engine/metadata/head-meta';
import { parse } from '../helpers';

const page = (head: string, body: string) => parse(`<html><head>${head}</head><body>${body}</body></html>`);

describe('PageMeta', () => {
  test.each([
    ['in the head', '<meta property="og:site_name" content="Daily">', '', 'Daily'],
    [
      'microdata in the body',
      '',
      '<div><meta itemprop="datePublished" content="2026-01-02"></div>',
      '2026-01-02',
    ],
    ['two keys in one attribute', '<meta property="dc:creator og:site_name" content="Both">', '', 'Both'],
    [
      'empty content skipped',
      '<meta property="og:site_name" content=" ">',
      '<meta name="application-name" content="App">',
      'App',
    ],
    ['nothing', '<meta name="viewport" content="width=device-width">', '<p>text</p>', null],
  ])('%s', (_, head, body, expected) => {
    const doc = page(head, body);
    const keys = ['og:site_name', 'application-name', 'datepublished'];
    expect(new PageMeta(doc).get(keys)).toBe(expected);
    expect(metaContent(doc, keys)).toBe(expected);
  });

  test('keys are taken in order; a key the head has is not looked for in the body', () => {
    const doc = page(
      '<meta name="application-name" content="Head app">',
      '<meta property="og:site_name" content="Body site">',
    );
    const meta = new PageMeta(doc);
    expect(meta.get(['og:site_name', 'application-name'])).toBe('Head app');
    // Asked for a key only the body has, the body's tags are read; the head's still come first.
    expect(meta.get(['og:site_name'])).toBe('Body site');
    expect(meta.get(['og:site_name', 'application-name'])).toBe('Head app');
  });

  test('a page with no head element has its tags read wherever they are', () => {
    const doc = parse('<meta name="application-name" content="Loose"><p>x</p>');
    const meta = doc.head?.firstElementChild;
    doc.head?.remove();
    doc.documentElement.append(meta as Element);
    expect(new PageMeta(doc).get(['application-name'])).toBe('Loose');
  });
});
