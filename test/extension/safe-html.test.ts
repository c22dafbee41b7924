import { expect, test } from 'vitest';
import { safeFragment } from '../../src/extension/ui/safe-html';

function render(html: string, base?: string): string {
  const container = document.createElement('div');
  container.append(safeFragment(html, document, base));
  return container.innerHTML;
}

test.each([
  ['keeps plain paragraphs', '<p>One</p><p>Two</p>', '<p>One</p><p>Two</p>'],
  ['drops scripts with their content', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  ['drops event handlers', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
  ['drops styles and classes', '<p style="color:red" class="x">a</p>', '<p>a</p>'],
  [
    'drops iframes, forms and embedded svg',
    '<iframe src="x"></iframe><form><input></form><svg><a>x</a></svg>',
    '',
  ],
  ['unwraps unknown elements but keeps their text', '<div><custom-card>Kept</custom-card></div>', 'Kept'],
  [
    'opens links in a new tab without an opener',
    '<a href="https://a.com/x">x</a>',
    '<a href="https://a.com/x" target="_blank" rel="noopener noreferrer">x</a>',
  ],
  [
    'drops javascript: links',
    '<a href="javascript:alert(1)">x</a>',
    '<a target="_blank" rel="noopener noreferrer">x</a>',
  ],
  [
    'loads images lazily and without referrer',
    '<img src="https://a.com/i.png" alt="A" onerror="x()">',
    '<img src="https://a.com/i.png" alt="A" loading="lazy" referrerpolicy="no-referrer">',
  ],
  [
    'drops data: images',
    '<img src="data:image/svg+xml,<svg/>">',
    '<img loading="lazy" referrerpolicy="no-referrer">',
  ],
])('%s', (_, html, expected) => {
  expect(render(html)).toBe(expected);
});

test('resolves relative links against the article URL', () => {
  expect(render('<a href="/next">n</a>', 'https://a.com/story/1')).toContain('href="https://a.com/next"');
});

test('never executes what it parses', () => {
  const flag = globalThis as unknown as { pwned?: boolean };
  render('<img src="x" onerror="globalThis.pwned = true"><script>globalThis.pwned = true</script>');
  expect(flag.pwned).toBeUndefined();
});
