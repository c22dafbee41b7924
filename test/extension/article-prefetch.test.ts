// The article prepared in idle time: the popup's request is then answered without a second extraction, a page
// change drops a prefetch in flight, and a big page or a busy one is left to extract on request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ArticleCache } from '../../src/extension/content/article';
import { WorkMeter } from '../../src/extension/content/meter';

const html = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'aggregator', 'seed-daily8', 'source.html'),
  'utf8',
);

let idle: IdleRequestCallback[] = [];

/** Runs the idle callbacks queued so far, each given `remainingMs` of idle time. */
function runIdle(remainingMs: number): void {
  for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => remainingMs });
}

/** The engine loads between the two idle steps: wait until the second one is queued. */
const nextIdle = () => vi.waitFor(() => expect(idle.length).toBeGreaterThan(0));

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup(markup = html) {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const meter = new WorkMeter();
  return {
    doc,
    meter,
    cache: new ArticleCache(
      doc,
      () => true,
      () => ({}),
      meter,
    ),
  };
}

const extractions = (meter: WorkMeter) => meter.stats.byKind.extract?.slices ?? 0;

test('a prefetched article answers the request without extracting again', async () => {
  const { cache, meter } = setup();
  cache.prefetch();
  runIdle(50);
  await nextIdle();
  expect(extractions(meter)).toBe(0);
  runIdle(50);
  expect(extractions(meter)).toBe(1);
  const article = await cache.get();
  expect(article?.title).toBeTruthy();
  expect(extractions(meter)).toBe(1);
});

test('a page change while the prefetch waits drops it: the next request extracts the changed page', async () => {
  const { cache, meter, doc } = setup();
  cache.prefetch();
  runIdle(50);
  await nextIdle();
  cache.invalidate();
  runIdle(50);
  expect(extractions(meter)).toBe(0);
  const paragraph = [...doc.querySelectorAll('p')].find((p) => (p.textContent ?? '').length > 200);
  paragraph?.append(' A sentence added later.');
  expect((await cache.get())?.html).toContain('A sentence added later.');
  expect(extractions(meter)).toBe(1);
});

test('short idle periods are passed over: extraction waits for one long enough', async () => {
  const { cache, meter } = setup();
  cache.prefetch();
  runIdle(5);
  expect(idle).toHaveLength(1);
  runIdle(50);
  await nextIdle();
  runIdle(5);
  expect(extractions(meter)).toBe(0);
  runIdle(50);
  expect(extractions(meter)).toBe(1);
});

test('a page with thousands of elements is not prefetched', async () => {
  const big = html.replace('</body>', `${'<div><span>x</span></div>'.repeat(1000)}</body>`);
  const { cache, meter } = setup(big);
  cache.prefetch();
  runIdle(50);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(idle).toHaveLength(0);
  expect(extractions(meter)).toBe(0);
});

test('a tab in the background is prepared once it is shown', async () => {
  const { cache, meter, doc } = setup();
  const visibility = vi.spyOn(doc, 'visibilityState', 'get').mockReturnValue('hidden');
  cache.prefetch();
  expect(idle).toHaveLength(0);
  visibility.mockReturnValue('visible');
  doc.dispatchEvent(new Event('visibilitychange'));
  runIdle(50);
  await nextIdle();
  runIdle(50);
  expect(extractions(meter)).toBe(1);
});
