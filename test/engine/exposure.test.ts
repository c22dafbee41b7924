import { describe, expect, test } from 'vitest';
import { insideBlock, sameSections, touchesSections } from '../../src/engine/cleaning/exposure';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { parse } from './helpers';

const PAGE = `<!doctype html><html><body>
<p id="leaf">A paragraph with <span id="in-leaf">an inline part</span> in it.</p>
<div id="mixed-two">Label <div id="first">First block</div><div id="second">Second block</div></div>
<div id="mixed-one">Advertisement <div id="only">The one block</div></div>
<div id="mixed-inline">Loose text <span id="inline">inline words</span><p>A block</p></div>
<div id="top">A block right under the body</div>
<section><div><div id="in-bare">Wrapped twice</div><p>Kept</p></div></section>
</body></html>`;

describe('insideBlock', () => {
  test.each([
    ['inside a leaf block: its text changes', 'in-leaf', true],
    [
      'a block beside another in a container with text of its own: what the container holds changes',
      'first',
      true,
    ],
    ['the last block of a container: its label becomes a block alone', 'only', true],
    ['inline text of a container: the container’s own text changes', 'inline', true],
    ['inside holders without text of their own up to the body', 'in-bare', false],
    ['directly under the body', 'top', false],
  ])('%s', (_, id, expected) => {
    const doc = parse(PAGE);
    const blocks = new Set(collectBlocks(doc.body).map((block) => block.element));
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no #${id}`);
    expect(insideBlock(element, blocks, doc.body)).toBe(expected);
  });
});

describe('touchesSections and sameSections', () => {
  const doc = parse(
    '<body><section id="s"><ul><li id="card">Card</li></ul></section><div id="d"><p id="p">x</p></div></body>',
  );
  const byId = (id: string) => doc.getElementById(id)!;

  test.each([
    ['inside a section', 'card', true],
    ['the section itself', 's', true],
    ['outside every section', 'p', false],
  ])('%s', (_, id, expected) => expect(touchesSections(byId(id), [byId('s')])).toBe(expected));

  test('a removal that holds a section touches it', () => {
    expect(touchesSections(doc.body, [byId('s')])).toBe(true);
  });

  test.each([
    [['s'], ['s'], true],
    [['s', 'd'], ['s', 'd'], true],
    [['s'], ['d'], false],
    [['s'], ['s', 'd'], false],
    [[], [], true],
  ])('%j and %j are the same: %s', (a, b, expected) =>
    expect(sameSections(a.map(byId), b.map(byId))).toBe(expected),
  );
});
