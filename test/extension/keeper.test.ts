import { expect, test } from 'vitest';
import type { Removal } from '../../src/engine/types';
import { RemovalKeeper } from '../../src/extension/content/keeper';

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
