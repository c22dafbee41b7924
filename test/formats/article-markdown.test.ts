import { describe, expect, test } from 'vitest';
import type { CliRecord } from '../../src/cli/record';
import { toMarkdown } from '../../src/formats/article-format';
import { escapeMarkdown, markdownUrl } from '../../src/formats/markdown-escape';
import { makeRecord, STORY } from '../cli/helpers/make-record';

describe('escapeMarkdown', () => {
  test.each([
    ['Plain prose, nothing special.', 'Plain prose, nothing special.'],
    ['a *bold* _claim_ [1] `x`', 'a \\*bold\\* \\_claim\\_ \\[1\\] \\`x\\`'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['#hashtag stays', '#hashtag stays'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['2024. A year to remember', '2024\\. A year to remember'],
    ['3) third', '3\\) third'],
    ['3.5 percent', '3.5 percent'],
    ['> not a quote', '\\> not a quote'],
    ['===', '\\==='],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  test.each([
    ['https://ex.com/a?b=c', 'https://ex.com/a?b=c'],
    ['https://ex.com/a (b)', 'https://ex.com/a%20%28b%29'],
  ])('%s', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  test.each<[string, Partial<CliRecord>, string]>([
    [
      'heading, italic meta, link, paragraphs separated by blank lines',
      {},
      '# Headline here\n\n*The Advertiser · Daily8 · Jane Doe · 3 days ago*\n\n<https://www.daily8.com/news/story>\n\n' +
        'First paragraph.\n\nSecond paragraph.\n',
    ],
    [
      'no meta line when nothing is known; empty paragraphs dropped',
      {
        source: null,
        siteName: null,
        byline: null,
        published: null,
        canonicalUrl: null,
        paragraphs: ['Body.', ''],
      },
      '# Headline here\n\nBody.\n',
    ],
    [
      'related stories as links',
      {
        source: null,
        siteName: null,
        byline: null,
        published: null,
        canonicalUrl: null,
        paragraphs: ['Body.'],
        related: [STORY, { ...STORY, title: 'The [big] one', source: null, url: 'https://ex.com/a b' }],
      },
      '# Headline here\n\nBody.\n\n## Related stories\n\n- [Another story](https://ex.com/another) — Reuters\n' +
        '- [The \\[big\\] one](https://ex.com/a%20b)\n',
    ],
  ])('%s', (_, overrides, expected) => {
    expect(toMarkdown(makeRecord(overrides))).toBe(expected);
  });

  test.each<[string, Partial<CliRecord>, string]>([
    [
      "the publisher's own link before the canonical one",
      { originalUrl: 'https://outlet.example/story (1)' },
      '<https://outlet.example/story%20%281%29>',
    ],
    ['no link that is not a web address', { canonicalUrl: 'javascript:alert(1)' }, ''],
  ])('%s', (_, overrides, link) => {
    const markdown = toMarkdown(makeRecord(overrides));
    if (link) expect(markdown).toContain(`\n\n${link}\n\n`);
    else expect(markdown).not.toMatch(/<[a-z]+:/);
  });
});
