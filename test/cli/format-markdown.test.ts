import { describe, expect, test } from 'vitest';
import { formatMarkdown } from '../../src/cli/format-markdown';
import type { CliRecord } from '../../src/cli/record';
import { escapeMarkdown, markdownUrl } from '../../src/formats/markdown-escape';
import { makeRecord, STORY } from './helpers/make-record';

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

describe('formatMarkdown', () => {
  test.each<[string, Partial<CliRecord>, string]>([
    [
      'heading, italic meta, paragraphs separated by blank lines',
      {},
      '# Headline here\n\n*The Advertiser · Daily8 · Jane Doe · 3 days ago*\n\nFirst paragraph.\n\nSecond paragraph.\n',
    ],
    [
      'no meta line when nothing is known; empty paragraphs dropped',
      { source: null, siteName: null, byline: null, published: null, paragraphs: ['Body.', ''] },
      '# Headline here\n\nBody.\n',
    ],
    [
      'related stories as links',
      {
        source: null,
        siteName: null,
        byline: null,
        published: null,
        paragraphs: ['Body.'],
        related: [STORY, { ...STORY, title: 'The [big] one', source: null, url: 'https://ex.com/a b' }],
      },
      '# Headline here\n\nBody.\n\n## Related stories\n\n- [Another story](https://ex.com/another) — Reuters\n' +
        '- [The \\[big\\] one](https://ex.com/a%20b)\n',
    ],
  ])('%s', (_, overrides, expected) => {
    expect(formatMarkdown(makeRecord(overrides))).toBe(expected);
  });
});
