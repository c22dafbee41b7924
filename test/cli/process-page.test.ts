import { describe, expect, test } from 'vitest';
import { processPage } from '../../src/cli/process-page';

const BODY = [
  'The city council approved the new riverside park after a long debate about its cost and the trees it would replace.',
  'Residents who spoke at the meeting were divided, but most said the park would bring families back to the waterfront.',
  'Construction is expected to start in the spring and take about two years, the council said in a statement on Monday.',
];

function page(head: string, extra = ''): string {
  const paragraphs = BODY.map((text) => `<p>${text}</p>`).join('');
  return `<!doctype html><html><head><title>Park approved</title>${head}</head><body><article><h1>Park approved</h1>${paragraphs}${extra}</article></body></html>`;
}

const CANONICAL = '<link rel="canonical" href="https://news.example.com/city/park-approved">';

describe('processPage', () => {
  test.each<[string, string, string | null, string | null]>([
    ['the canonical link is the page URL', CANONICAL, null, 'https://news.example.com/city/park-approved'],
    [
      'og:url when there is no canonical link',
      '<meta property="og:url" content="https://ex.com/og">',
      null,
      'https://ex.com/og',
    ],
    [
      'a given URL wins over the canonical',
      CANONICAL,
      'https://mirror.example.org/p',
      'https://mirror.example.org/p',
    ],
    ['a relative canonical cannot be a page URL', '<link rel="canonical" href="/city/park">', null, null],
    ['no URL at all', '', null, null],
  ])('%s', (_, head, given, url) => {
    const record = processPage({ file: 'p.html', html: page(head) }, given);
    expect(record.url).toBe(url);
    expect(record.paragraphs).toEqual(BODY);
    expect(record.text).toBe(BODY.join('\n'));
  });

  test('relative links in the article resolve against the canonical URL', () => {
    const link =
      '<p>Read <a href="../budget/vote">the budget vote story</a> for the figures behind the decision today.</p>';
    const record = processPage({ file: 'p.html', html: page(CANONICAL, link) }, null);
    expect(record.html).toContain('href="https://news.example.com/budget/vote"');
  });

  test('a page in a legacy encoding is decoded by its meta charset', () => {
    const html = page('<meta charset="windows-1252">').replace('riverside park', 'riverside café');
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0));
    const record = processPage({ file: 'p.html', html: bytes }, null);
    expect(record.paragraphs[0]).toContain('riverside café');
  });

  test('every stage is timed in milliseconds rounded to 0.01', () => {
    const { timings } = processPage({ file: 'p.html', html: page(CANONICAL) }, null);
    expect(Object.keys(timings)).toEqual(['parse', 'detect', 'clean', 'extract']);
    for (const ms of Object.values(timings)) {
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(Math.round(ms * 100) / 100).toBe(ms);
    }
  });
});
