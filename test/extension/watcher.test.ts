import { afterEach, expect, test } from 'vitest';
import { AdditionWatcher } from '../../src/extension/content/watcher';

const watchers: AdditionWatcher[] = [];

function watch(): { batches: Element[][]; watcher: AdditionWatcher } {
  document.body.innerHTML = '<main id="main"></main>';
  const batches: Element[][] = [];
  const watcher = new AdditionWatcher(document.body, (added) => batches.push(added));
  watcher.start();
  watchers.push(watcher);
  return { batches, watcher };
}

function add(tag: string, text: string): Element {
  const element = document.createElement(tag);
  element.textContent = text;
  document.getElementById('main')!.append(element);
  return element;
}

/** Longer than the watcher's minimum gap plus its idle fallback. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

afterEach(() => {
  for (const watcher of watchers.splice(0)) watcher.stop();
});

test('hands many additions over as one batch', async () => {
  const { batches } = watch();
  const added = [add('p', 'one'), add('div', 'two'), add('section', 'three')];
  await settle();
  expect(batches).toEqual([added]);
});

test('skips scripts, styles and nodes gone again before the batch runs', async () => {
  const { batches } = watch();
  add('script', 'var x');
  add('style', 'p{}');
  add('p', 'brief').remove();
  const kept = add('p', 'kept');
  await settle();
  expect(batches).toEqual([[kept]]);
});

test("keeps the page's pending additions but drops what the extension adds quietly", async () => {
  const { batches, watcher } = watch();
  const fromPage = add('p', 'from the page');
  watcher.quietly(() => {
    const own = document.createElement('aside');
    own.textContent = 'placeholder';
    document.getElementById('main')!.append(own);
  });
  await settle();
  expect(batches).toEqual([[fromPage]]);
});

test('stops reporting after stop()', async () => {
  const { batches, watcher } = watch();
  watcher.stop();
  add('p', 'late');
  await settle();
  expect(batches).toEqual([]);
});
