import { describe, expect, test } from 'vitest';
import { sniffHtml } from '../../src/cli/sniff';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);

describe('sniffHtml', () => {
  test.each<[string, Uint8Array, string]>([
    ['empty', utf8(''), 'empty file'],
    ['whitespace only', utf8(' \n\t\n'), 'empty file'],
    ['a PNG', PNG, 'not an HTML file (binary data)'],
    ['a NUL byte in text', utf8('<p>a\u0000b</p>'), 'not an HTML file (binary data)'],
    ['plain JSON', utf8('{"title": "x", "items": [1, 2]}'), 'not an HTML file (no markup)'],
    ['a comparison is not a tag', utf8('if a < b then 3 <= 4'), 'not an HTML file (no markup)'],
    ['markup only after 64 KB', utf8(`${'x'.repeat(70_000)}<p>late</p>`), 'not an HTML file (no markup)'],
  ])('rejects %s', (_, bytes, reason) => {
    expect(sniffHtml(bytes)).toEqual({ ok: false, reason });
  });

  test.each<[string, Uint8Array, string]>([
    ['a page', utf8('<!doctype html><p>Hi</p>'), '<!doctype html><p>Hi</p>'],
    ['a fragment', utf8('  <p>Héllo</p>'), '  <p>Héllo</p>'],
    ['a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>x</p>')]), '<p>x</p>'],
    ['a closing tag first', utf8('</div>'), '</div>'],
    [
      'UTF-8 despite a legacy meta charset',
      utf8('<meta charset="gb2312"><p>腾讯</p>'),
      '<meta charset="gb2312"><p>腾讯</p>',
    ],
    [
      'UTF-16LE with a BOM',
      Uint8Array.from([0xff, 0xfe, ...[...'<p>é</p>'].flatMap((c) => [c.charCodeAt(0), 0])]),
      '<p>é</p>',
    ],
  ])('accepts %s as text', (_, bytes, html) => {
    expect(sniffHtml(bytes)).toEqual({ ok: true, html });
  });

  test('leaves non-UTF-8 bytes for jsdom to decode by their meta charset', () => {
    const latin1 = Uint8Array.from([...utf8('<meta charset="windows-1252"><p>caf'), 0xe9, ...utf8('</p>')]);
    expect(sniffHtml(latin1)).toEqual({ ok: true, html: latin1 });
  });
});
