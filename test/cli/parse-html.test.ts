import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';

// jsdom 28's stylesheet parser throws on this rule pair (seen on a real page, lazy-image-2 in the corpus).
const BAD_CSS = '<style>a{border:inherit;border-color:transparent}</style>';
const page = (head: string): string => `<html><head>${head}</head><body><p>Café body</p></body></html>`;
const latin1 = (html: string): Uint8Array =>
  Uint8Array.from(`<meta charset="windows-1252">${html}`, (char) => char.charCodeAt(0));

describe('parseHtml', () => {
  test.each<[string, string | Uint8Array]>([
    ['text', page(BAD_CSS)],
    ['bytes in a legacy encoding', latin1(page(BAD_CSS))],
  ])('parses a page whose stylesheet jsdom cannot handle (%s)', (_, html) => {
    const dom = parseHtml(html, null);
    expect(dom.window.document.querySelector('p')?.textContent).toBe('Café body');
    dom.window.close();
  });

  test('keeps the stylesheets of pages that parse', () => {
    const dom = parseHtml(page('<style>p{color:red}</style>'), 'https://ex.com/a');
    expect(dom.window.document.querySelectorAll('style')).toHaveLength(1);
    expect(dom.window.document.URL).toBe('https://ex.com/a');
    dom.window.close();
  });
});
