import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runSteps } from '../../../src/engine/core/steps';
import { type Block, collectBlocks } from '../../../src/engine/dom/blocks';
import { blocksAfter, holdsBlock } from '../../../src/engine/dom/blocks-after';
import { parsed, run } from '../arbitraries/happy-dom';
import { fragment } from '../arbitraries/html';
import { parse } from '../helpers';

/** Removes the elements one after another, as cleaning does, noting each one's parent first. */
function removeAll(elements: readonly Element[]): (Element | null)[] {
  return elements.map((element) => {
    const parent = element.parentElement;
    element.remove();
    return parent;
  });
}

/** A block as plain data, its element named by its place among the page's elements before the removals. */
function viewOf(names: Map<Element, number>) {
  return (block: Block) => [names.get(block.element), block.text, block.hidden, block.mixed, block.offset];
}

/** blocksAfter() against a fresh collection of the page, for removals by id. */
function compare(body: string, ids: readonly string[]) {
  const doc = parse(`<!doctype html><html><body>${body}</body></html>`);
  const names = new Map([...doc.body.querySelectorAll('*')].map((element, i) => [element, i]));
  names.set(doc.body, -1);
  const before = collectBlocks(doc.body);
  const parents = removeAll(ids.map((id) => doc.getElementById(id)!));
  const after = runSteps(blocksAfter(doc.body, before, parents));
  const view = viewOf(names);
  return { after: after.map(view), full: collectBlocks(doc.body).map(view), blocks: after, before };
}

describe('blocksAfter', () => {
  test.each([
    ['a paragraph among others', '<article><p>One.</p><p id="x">Two.</p><p>Three.</p></article>', ['x']],
    [
      'the only block of a container that keeps text inside an inline wrapper',
      '<div><span>Read more <div id="x">The copy.</div></span></div><p>Next.</p>',
      ['x'],
    ],
    [
      'a container losing its loose text',
      '<div>Advertisement <span id="x">Sponsored</span><p>Body.</p></div>',
      ['x'],
    ],
    ['a container left with no block', '<section>Dateline <div id="x"><p>Copy.</p></div></section>', ['x']],
    [
      'a removal inside an earlier one',
      '<div id="a"><p id="b">One.</p></div><div><p>Two.</p><aside id="c">Promo</aside></div>',
      ['b', 'a', 'c'],
    ],
    [
      'inside a noscript',
      '<div>Lead<noscript><p id="x">Enable scripts.</p></noscript><p>Body.</p></div>',
      ['x'],
    ],
    ['inside an svg', '<div>Icon <svg><g id="x"><text>time</text></g></svg><p>Body.</p></div>', ['x']],
    ['under a hidden ancestor', '<div hidden><span>Note</span><p id="x">Hidden copy.</p></div>', ['x']],
    ['a loose text node sibling', '<div>Top<p id="x">Copy.</p>Bottom</div>', ['x']],
  ])('%s: the same blocks as a new collection', (_name, body, ids) => {
    const { after, full } = compare(body, ids);
    expect(after).toEqual(full);
  });

  test('a container whose copy left becomes a leaf block with the text it kept', () => {
    const { after } = compare('<div><span>Read more <div id="x">The copy.</div></span></div>', ['x']);
    expect(after).toEqual([[0, 'Read more', false, false, 0]]);
  });

  test('blocks away from the removals are the same objects; their ancestors are new', () => {
    const { blocks, before } = compare('<div>Lead <p>Kept.</p><p id="x">Gone.</p></div>', ['x']);
    const kept = blocks.find((block) => block.text === 'Kept.');
    expect(before).toContain(kept);
    const container = blocks.find((block) => block.text === 'Lead');
    expect(container?.mixed).toBe(true);
    expect(before).not.toContain(container);
  });

  test.each([
    ['<div><span><em><p>x</p></em></span></div>', true],
    ['<div><span>text</span></div>', false],
    ['<div><script><p>x</p></script></div>', false],
    ['<div><noscript><p>x</p></noscript></div>', true],
  ])('holdsBlock(%s) is %s', (html, expected) => {
    const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
    expect(holdsBlock(doc.body.firstElementChild!)).toBe(expected);
  });

  test('on generated malformed pages, after random removals (300 pages)', () => {
    fc.assert(
      fc.property(fragment, fc.array(fc.nat(), { maxLength: 6 }), (body, picks) => {
        const doc = parsed(`<!doctype html><html><body>${body}</body></html>`);
        const all = [...doc.body.querySelectorAll('*')];
        fc.pre(all.length > 0);
        const names = new Map(all.map((element, i) => [element, i]));
        names.set(doc.body, -1);
        const view = viewOf(names);
        run(() => {
          const before = collectBlocks(doc.body);
          const chosen = [...new Set(picks.map((pick) => all[pick % all.length]!))];
          const parents = removeAll(chosen.filter((element) => doc.documentElement.contains(element)));
          const after = runSteps(blocksAfter(doc.body, before, parents));
          expect(after.map(view)).toEqual(collectBlocks(doc.body).map(view));
        });
      }),
      { numRuns: 300, seed: 20_261_202 },
    );
  });
});
