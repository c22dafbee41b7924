// The article sanitiser: an allowlist rebuild, so anything not named is absent by construction.
import { describe, expect, test } from 'vitest';
import { sanitizeArticle, sanitizeHtml } from '../../src/engine/extraction/sanitize';
import { parse } from './helpers';

const clean = (html: string): string => sanitizeHtml(parse(''), html);

describe('sanitizeHtml', () => {
  test.each([
    ['script', '<p>a</p><script>window.x=1</script>', '<p>a</p>'],
    ['event handler', '<p onclick="x()">a</p>', '<p>a</p>'],
    ['javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    ['data: image', '<img src="data:image/svg+xml,<svg onload=x()>" alt="i">', '<img alt="i">'],
    ['style attribute', '<p style="background:url(//x)">a</p>', '<p>a</p>'],
    ['svg dropped with its content', '<p>a<svg><script>x()</script><text>t</text></svg></p>', '<p>a</p>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>x()</script>"></iframe><p>a</p>', '<p>a</p>'],
    ['form', '<form action="https://evil.example"><input value="v"></form><p>a</p>', '<p>a</p>'],
    ['hidden element', '<p hidden>secret</p><p>a</p>', '<p>a</p>'],
    ['comment', '<p>a<!-- <img src=x onerror=y> --></p>', '<p>a</p>'],
  ])('removes %s', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test.each([
    [
      'web link, opened safely',
      '<a href="https://e.example/a">a</a>',
      '<a href="https://e.example/a" rel="noopener noreferrer" target="_blank">a</a>',
    ],
    ['in-page link', '<a href="#n2">a</a>', '<a href="#n2" rel="noopener noreferrer" target="_blank">a</a>'],
    [
      'image with alt and size',
      '<img src="https://e.example/i.jpg" alt="A" width="3">',
      '<img src="https://e.example/i.jpg" alt="A" width="3">',
    ],
    [
      'table spans',
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
    ],
    ['language and direction', '<p lang="ar" dir="rtl">a</p>', '<p lang="ar" dir="rtl">a</p>'],
  ])('keeps %s', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test('unknown wrappers give up their tag and keep their text in order', () => {
    expect(clean('<p>a<font>b<x-y>c</x-y>d</font>e</p><center>f</center>')).toBe('<p>abcde</p>f');
  });

  test('a noscript breakout (mXSS) ends up as inert text or attribute-free markup', () => {
    const out = clean('<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>');
    expect(out).not.toMatch(/onerror|src=|<noscript/);
  });

  test('survives nesting thousands of levels deep', () => {
    const doc = parse('');
    // Built from the inside out: jsdom checks every ancestor on each insertion into a deep parent.
    let root = doc.createElement('p');
    root.append('Deep text.');
    for (let depth = 0; depth < 2000; depth++) {
      const parent = doc.createElement('div');
      parent.append(root);
      root = parent;
    }
    expect(sanitizeArticle(root).paragraphs).toEqual(['Deep text.']);
  });
});

describe('sanitizeArticle', () => {
  test('reads the paragraphs from the sanitised tree', () => {
    const doc = parse('<div id="a"><p>One.</p><p hidden>Hidden.</p><script>x</script><p>Two.</p></div>');
    const result = sanitizeArticle(doc.getElementById('a'));
    expect(result.paragraphs).toEqual(['One.', 'Two.']);
    expect(result.html).toBe('<p>One.</p><p>Two.</p>');
  });

  test('no article, no markup', () => {
    expect(sanitizeArticle(null)).toEqual({ html: '', paragraphs: [] });
  });
});
