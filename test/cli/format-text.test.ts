import { describe, expect, test } from 'vitest';
import { formatText } from '../../src/cli/format-text';
import { metaParts } from '../../src/cli/meta-line';
import type { CliRecord } from '../../src/cli/record';
import { makeRecord, STORY } from './helpers/make-record';

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

describe('formatText', () => {
  test.each<[string, Partial<CliRecord>, string]>([
    [
      'title, meta line, blank line, paragraphs',
      {},
      'Headline here\nThe Advertiser · Daily8 · Jane Doe · 3 days ago\n\nFirst paragraph.\nSecond paragraph.\n',
    ],
    [
      'only the meta parts present',
      { siteName: null, byline: null },
      'Headline here\nThe Advertiser · 3 days ago\n\nFirst paragraph.\nSecond paragraph.\n',
    ],
    [
      'no meta line when nothing is known',
      { source: null, siteName: null, byline: null, published: null, paragraphs: ['Body.'] },
      'Headline here\n\nBody.\n',
    ],
    [
      'a paragraph with line breaks stays one line',
      { title: '', source: null, siteName: null, byline: null, published: null, paragraphs: ['One\n  two'] },
      'One two\n',
    ],
    [
      'related stories with and without a source',
      {
        paragraphs: ['Body.'],
        related: [STORY, { ...STORY, title: 'Third', source: null, url: 'https://ex.com/3' }],
      },
      'Headline here\nThe Advertiser · Daily8 · Jane Doe · 3 days ago\n\nBody.\n\nRelated stories:\n' +
        '- Another story — Reuters (https://ex.com/another)\n- Third (https://ex.com/3)\n',
    ],
  ])('%s', (_, overrides, expected) => {
    expect(formatText(makeRecord(overrides))).toBe(expected);
  });
});
