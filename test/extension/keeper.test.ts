import { expect, test } from 'vitest';
import type { Removal } from '../../src/engine/core/types';
import { RemovalKeeper } from '../../src/extension/content/page/keeper';

const removal: Removal = { rule: 'ai-promo', reason: 'test', text: '' };

function page(): Document {
  document.body.innerHTML =
    '<main><h1>Title</h1><div id="promo"><p id="inner">Try Our AI Features</p><span>x</span></div><p id="a">One</p><p id="b">One</p></main>';
  return document;
}

test('swaps removed elements for placeholders and restores the exact original', () => {
  const doc = page();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  keeper.remove(doc.getElementById('b')!, removal);
  keeper.remove(doc.getElementById('promo')!, removal);
  expect(doc.body.textContent).toBe('TitleOne');
  expect(keeper.count).toBe(2);
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
  expect(keeper.count).toBe(0);
});

test('restores an element removed from inside an element removed earlier', () => {
  const doc = page();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  const inner = doc.getElementById('inner')!;
  keeper.remove(doc.getElementById('promo')!, removal);
  // The engine may still hold a detached candidate: removing it must not break the restore.
  keeper.remove(inner, removal);
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
});

test('can clean and restore repeatedly', () => {
  const doc = page();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  for (let round = 0; round < 3; round++) {
    keeper.remove(doc.getElementById('a')!, removal);
    keeper.restore();
  }
  expect(doc.body.innerHTML).toBe(original);
});

function bigCopy(): { doc: Document; copy: Element } {
  const paragraphs = Array.from({ length: 1200 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('\n');
  document.body.innerHTML = `<main><div id="copy">${paragraphs}</div><p id="after">After.</p></main>`;
  return { doc: document, copy: document.getElementById('copy')! };
}

test('a very large element leaves in parts, one batch per step, and comes back whole', () => {
  const { doc, copy } = bigCopy();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  const parts = keeper.remove(copy, removal);
  expect(parts).toBeDefined();
  let steps = 0;
  for (let next = parts!.next(); !next.done; next = parts!.next()) steps++;
  expect(steps).toBeGreaterThan(1);
  expect(doc.getElementById('copy')).toBeNull();
  expect(doc.body.textContent).not.toContain('Paragraph');
  expect(copy.childElementCount).toBe(1200);
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
});

test('a restore in the middle of a removal in parts puts every child back in order', () => {
  const { doc, copy } = bigCopy();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  const parts = keeper.remove(copy, removal)!;
  parts.next();
  parts.next();
  expect(copy.childElementCount).toBeLessThan(1200);
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
  // The abandoned removal, resumed, takes nothing more out.
  while (!parts.next().done);
  expect(doc.body.innerHTML).toBe(original);
});

/** Runs a removal in parts step by step, reporting how many nodes entered or left `copy` in each step. */
function stepMoves(copy: Element, parts: Generator<void, void, void>): number[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(copy, { childList: true });
  const moves: number[] = [];
  for (let next = parts.next(); ; next = parts.next()) {
    moves.push(observer.takeRecords().reduce((n, r) => n + r.addedNodes.length + r.removedNodes.length, 0));
    if (next.done) break;
  }
  observer.disconnect();
  return moves;
}

test('no step of a removal in parts moves more than one batch of children, out or back in', () => {
  const { copy } = bigCopy();
  const children = copy.childNodes.length;
  const moves = stepMoves(copy, new RemovalKeeper().remove(copy, removal)!);
  // Every child left once and came back once, a batch of at most 200 at a time.
  expect(moves.reduce((a, b) => a + b, 0)).toBe(2 * (children - (children % 200 || 200)));
  expect(Math.max(...moves)).toBeLessThanOrEqual(200);
  expect(copy.childNodes.length).toBe(children);
});

test('a restore while the children go back into the removed element puts every child back in order', () => {
  const { doc, copy } = bigCopy();
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  const parts = keeper.remove(copy, removal)!;
  // Out of the page, some children back inside it, some still parked.
  while (copy.isConnected) parts.next();
  parts.next();
  parts.next();
  expect(doc.body.textContent).not.toContain('Paragraph');
  expect(copy.childElementCount).toBeLessThan(1200);
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
  // The abandoned removal, resumed, changes nothing more.
  while (!parts.next().done);
  expect(doc.body.innerHTML).toBe(original);
});

test.each([
  ['no style attribute', null],
  ['a style attribute of its own', 'color: red; margin: 0'],
])('while a large element leaves in parts it is contained; it keeps %s', (_name, style) => {
  const { copy } = bigCopy();
  if (style !== null) copy.setAttribute('style', style);
  const parts = new RemovalKeeper().remove(copy, removal)!;
  parts.next();
  expect(copy.isConnected).toBe(true);
  expect(copy.getAttribute('style')).toContain('contain: strict');
  while (!parts.next().done);
  expect(copy.getAttribute('style')).toBe(style);
});

test('a restore in the middle of a removal in parts gives the element back its style attribute', () => {
  const { doc, copy } = bigCopy();
  copy.setAttribute('style', 'color: red');
  const original = doc.body.innerHTML;
  const keeper = new RemovalKeeper();
  const parts = keeper.remove(copy, removal)!;
  parts.next();
  keeper.restore();
  expect(doc.body.innerHTML).toBe(original);
});
