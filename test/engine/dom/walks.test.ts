import { describe, expect, test } from 'vitest';
import { closestNamed } from '../../../src/engine/dom/ancestry';
import type { Block } from '../../../src/engine/dom/blocks';
import { insideLink, isLinkLike } from '../../../src/engine/dom/links';
import { squash } from '../../../src/engine/text/fold';
import { parse } from '../helpers';

function blockOf(html: string, id = 'b'): Block {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  const element = doc.getElementById(id)!;
  return { element, text: squash(element.textContent ?? ''), hidden: false, offset: 0, mixed: false };
}

describe('isLinkLike', () => {
  test.each([
    ['mostly link text', '<p id="b">Read: <a href="/s">The council closes the harbour bridge</a></p>', true],
    [
      'a link deep inside',
      '<p id="b">x <span><em><a href="/s">The council closes the bridge</a></em></span></p>',
      true,
    ],
    [
      'two links adding up',
      '<li id="b"><a href="/1">Bridge closes</a> and <a href="/2">ferry returns</a></li>',
      true,
    ],
    [
      'inside a link',
      '<a href="/s"><div><p id="b">A long paragraph of text with no link of its own.</p></div></a>',
      true,
    ],
    [
      'prose with a short link',
      '<p id="b">The council voted on Tuesday to close the bridge, <a href="/v">the vote</a>.</p>',
      false,
    ],
    ['an anchor without href', '<p id="b"><a name="x">The council closes the harbour bridge</a></p>', false],
    ['a bare paragraph', '<p id="b">The council voted on Tuesday to close the bridge.</p>', false],
    [
      'links beside the block do not count',
      '<div><p id="b">The council voted on <b>Tuesday</b>.</p><a href="/1">A long link next to the paragraph text</a></div>',
      false,
    ],
  ])('%s', (_, html, expected) => {
    expect(isLinkLike(blockOf(html))).toBe(expected);
  });

  test('insideLink is closest("a[href]") !== null', () => {
    const doc = parse(
      '<body><a href="/x"><span id="in">x</span></a><a><span id="no-href">y</span></a><p id="out">z</p></body>',
    );
    for (const id of ['in', 'no-href', 'out']) {
      const el = doc.getElementById(id)!;
      expect(insideLink(el), id).toBe(el.closest('a[href]') !== null);
    }
  });
});

describe('closestNamed', () => {
  test('finds the nearest ancestor (or the element) with one of the names', () => {
    const doc = parse(
      '<body><blockquote><div><p id="q">x</p></div></blockquote><nav id="n"><p id="p">y</p></nav><p id="free">z</p></body>',
    );
    const names = new Set(['blockquote', 'nav']);
    expect(closestNamed(doc.getElementById('q')!, names)?.localName).toBe('blockquote');
    expect(closestNamed(doc.getElementById('p')!, names)?.id).toBe('n');
    expect(closestNamed(doc.getElementById('n')!, names)?.id).toBe('n');
    expect(closestNamed(doc.getElementById('free')!, names)).toBeNull();
  });
});
