import { describe, expect, test } from 'vitest';
import type { CliRecord } from '../../src/cli/record';
import { metaParts, toPlainText } from '../../src/formats/article-format';
import { makeRecord, STORY } from '../cli/helpers/make-record';

describe('metaParts', () => {
  test.each<[Partial<CliRecord>, string[]]>([
    [{}, ['The Advertiser', 'Daily8', 'Jane Doe', '3 days ago']],
    [{ byline: null, published: null }, ['The Advertiser', 'Daily8']],
    [{ source: null, siteName: null, byline: null, published: null }, []],
    [{ source: 'BBC News', siteName: 'bbc news' }, ['BBC News', 'Jane Doe', '3 days ago']],
    [{ byline: '  ', published: ' today ' }, ['The Advertiser', 'Daily8', 'today']],
  ])('%j', (overrides, expected) => {
    expect(metaParts(makeRecord(overrides))).toEqual(expected);
  });
});

describe('toPlainText', () => {
  test.each<[string, Partial<CliRecord>, string]>([
    [
      'title, meta line, blank line, paragraphs',
      {},
      'Headline here\nThe Advertiser · Daily8 · Jane Doe · 3 days ago\nhttps://www.daily8.com/news/story\n\nFirst paragraph.\nSecond paragraph.\n',
    ],
    [
      'only the meta parts present',
      { siteName: null, byline: null },
      'Headline here\nThe Advertiser · 3 days ago\nhttps://www.daily8.com/news/story\n\nFirst paragraph.\nSecond paragraph.\n',
    ],
    [
      'no meta line when nothing is known',
      {
        source: null,
        siteName: null,
        byline: null,
        published: null,
        canonicalUrl: null,
        paragraphs: ['Body.'],
      },
      'Headline here\n\nBody.\n',
    ],
    [
      'a paragraph with line breaks stays one line',
      {
        title: '',
        source: null,
        siteName: null,
        byline: null,
        published: null,
        canonicalUrl: null,
        paragraphs: ['One\n  two'],
      },
      'One two\n',
    ],
    [
      'related stories with and without a source',
      {
        paragraphs: ['Body.'],
        related: [STORY, { ...STORY, title: 'Third', source: null, url: 'https://ex.com/3' }],
      },
      'Headline here\nThe Advertiser · Daily8 · Jane Doe · 3 days ago\nhttps://www.daily8.com/news/story\n\nBody.\n\nRelated stories:\n' +
        '- Another story — Reuters (https://ex.com/another)\n- Third (https://ex.com/3)\n',
    ],
  ])('%s', (_, overrides, expected) => {
    expect(toPlainText(makeRecord(overrides))).toBe(expected);
  });
});
