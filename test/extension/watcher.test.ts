import { afterEach, expect, test, vi } from 'vitest';
import { WorkMeter } from '../../src/extension/content/meter';
import { AdditionWatcher, gapAfter, MAX_GAP_MS, MIN_GAP_MS } from '../../src/extension/content/watcher';

const watchers: AdditionWatcher[] = [];

function watch(): { batches: Element[][]; watcher: AdditionWatcher } {
  document.body.innerHTML = '<main id="main"></main>';
  const batches: Element[][] = [];
  const watcher = new AdditionWatcher(document.body, (added) => {
    batches.push(added);
  });
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
  vi.useRealTimers();
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

test.each([
  [0, MIN_GAP_MS],
  [50, MIN_GAP_MS],
  [100, 300],
  [400, 1200],
  [5000, MAX_GAP_MS],
])('after a batch whose work took %i ms, the next waits %i ms', (spent, gap) => {
  expect(gapAfter(spent)).toBe(gap);
});

test('holds the next batch until the last one’s work has ended, then waits in proportion to its cost', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main id="main"></main>';
  const meter = new WorkMeter();
  const batches: Element[][] = [];
  let finish = () => {};
  const watcher = new AdditionWatcher(
    document.body,
    (added) => {
      batches.push(added);
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    },
    meter,
  );
  watcher.start();
  watchers.push(watcher);
  const first = add('p', 'first');
  await vi.advanceTimersByTimeAsync(MIN_GAP_MS + 50);
  expect(batches).toEqual([[first]]);
  // The batch's work takes 400 ms of the main thread, and the page adds more meanwhile.
  meter.stats.totalMs += 400;
  const second = add('p', 'second');
  await vi.advanceTimersByTimeAsync(2000);
  expect(batches).toHaveLength(1);
  finish();
  await vi.advanceTimersByTimeAsync(gapAfter(400) - 100);
  expect(batches).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(200);
  expect(batches).toEqual([[first], [second]]);
});
