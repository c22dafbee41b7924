// The content script's page logic on the seed fixture, with the real engine, in jsdom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentHandlers } from '../../src/extension/content/page/handlers';
import { FOLLOW_UP_MS, Page } from '../../src/extension/content/page/page';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'aggregator', 'seed-daily8');
const html = readFileSync(join(fixture, 'source.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as {
  paragraphs: string[];
  absent: string[];
};

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaults, sites: {}, ...change });

function occurrences(doc: Document, needle: string): number {
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
  return text.split(needle.replace(/\s+/g, ' ')).length - 1;
}

function setup(initial = settings()) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const counts: number[] = [];
  const page = new Page(doc, initial, (count) => counts.push(count));
  return { doc, page, counts, original: doc.body.innerHTML };
}

describe('Page', () => {
  test('cleans an aggregator page on start and reports the count', async () => {
    const { doc, page, counts } = setup();
    await page.start();
    for (const paragraph of expected.paragraphs) expect(occurrences(doc, paragraph), paragraph).toBe(1);
    for (const promo of expected.absent) expect(occurrences(doc, promo), promo).toBe(0);
    const status = page.status();
    expect(status).toMatchObject({ readable: true, cleaned: true, error: null });
    expect(status.detection?.isAggregator).toBe(true);
    expect(status.removedCount).toBeGreaterThan(0);
    expect(counts).toEqual([status.removedCount]);
  });

  test('a popup asking while the page is still cleaning gets the cleaned state, not a half-done one', async () => {
    const { page } = setup();
    const handlers = contentHandlers(page);
    const starting = page.start();
    const [status, reply] = await Promise.all([
      handlers['get-status']({ type: 'get-status' }, {}),
      handlers['get-article']({ type: 'get-article' }, {}),
    ]);
    expect(status).toMatchObject({ cleaned: true });
    expect(reply.status).toMatchObject({ cleaned: true });
    expect(reply.article?.title).toBeTruthy();
    await starting;
  });

  test('a page that never stops changing still gets an answer, after at most the follow-up window', async () => {
    const { page } = setup();
    await page.start();
    const handlers = contentHandlers(page);
    // Each clean queues the next as it ends, before the answer's wait sees it end: work never runs out, as on
    // a ticker page that changes faster than a slow machine cleans it.
    let stop = false;
    const churn = (): void => {
      if (!stop) void page.cleanAgain().then(churn);
    };
    churn();
    try {
      const started = Date.now();
      const answered = await Promise.race([
        handlers['get-status']({ type: 'get-status' }, {}).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), FOLLOW_UP_MS * 10)),
      ]);
      expect(answered).toBe(true);
      expect(Date.now() - started).toBeGreaterThanOrEqual(FOLLOW_UP_MS);
    } finally {
      stop = true;
      await page.settled();
    }
  });

  test("the status reports the page's cost: the gate, the full detection and the clean, timed", async () => {
    const { page } = setup();
    await page.start();
    const { work } = page.status();
    expect(work.byKind.detect?.slices).toBeGreaterThanOrEqual(2);
    expect(work.byKind.clean?.slices).toBeGreaterThanOrEqual(1);
    expect(work.longestMs).toBeGreaterThan(0);
    expect(work.totalMs).toBeGreaterThanOrEqual(work.longestMs);
    expect(['detect', 'clean']).toContain(work.longestKind);
  });

  test('a restore while the clean is still in slices stops it and leaves the page exactly as it was', async () => {
    const copy = Array.from(
      { length: 1500 },
      (_, i) =>
        `<p>Paragraph ${i} of the council report says the river bridge moves to the east bank next spring.</p>`,
    );
    const big = `<html><head><title>Council report</title></head><body><h1>Council report</h1>
      <div>The Advertiser3 days ago</div><div>${copy.join('')}</div><div>${copy.join('')}</div></body></html>`;
    const doc = new DOMParser().parseFromString(big, 'text/html');
    const page = new Page(doc, settings(), () => undefined);
    const original = doc.body.innerHTML;
    let started = false;
    const starting = page.start().then(() => {
      started = true;
    });
    // Let detection and the first slices of the clean run, then restore between two slices.
    while (!page.status().work.byKind.clean && !started)
      await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started, 'the clean was still in slices').toBe(false);
    expect(page.status().detection?.isAggregator).toBe(true);
    page.showOriginal();
    await starting;
    await page.settled();
    expect(doc.body.innerHTML).toBe(original);
    expect(page.status()).toMatchObject({ cleaned: false, removedCount: 0 });
  });

  test('the article is extracted when the popup asks, not before, and once until the page changes', async () => {
    const { page } = setup();
    const handlers = contentHandlers(page);
    await page.start();
    // Idle time passes: a page where nobody opens the popup never pays for extraction.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.status().work.byKind.extract).toBeUndefined();
    const first = await handlers['get-article']({ type: 'get-article' }, {});
    const again = await handlers['get-article']({ type: 'get-article' }, {});
    expect(first.article?.title).toBeTruthy();
    expect(again.article).toEqual(first.article);
    expect(page.status().work.byKind.extract?.slices).toBe(1);
    page.showOriginal();
    await handlers['get-article']({ type: 'get-article' }, {});
    expect(page.status().work.byKind.extract?.slices).toBe(2);
  });

  test('Show original restores the page exactly, Clean again cleans it the same way', async () => {
    const { doc, page, counts, original } = setup();
    await page.start();
    const cleaned = doc.body.innerHTML;
    page.showOriginal();
    expect(doc.body.innerHTML).toBe(original);
    expect(page.status()).toMatchObject({ cleaned: false, removedCount: 0 });
    await page.cleanAgain();
    expect(doc.body.innerHTML).toBe(cleaned);
    expect(counts.at(-2)).toBe(0);
    expect(counts.at(-1)).toBe(page.status().removedCount);
  });

  test('leaves the page alone when auto-clean is off, and follows a change of the site setting', async () => {
    const { doc, page, original } = setup(settings({ autoClean: false }));
    await page.start();
    expect(doc.body.innerHTML).toBe(original);
    await page.applySettings(settings({ autoClean: false, sites: { '': 'always' } }));
    expect(page.status().cleaned).toBe(true);
    await page.applySettings(settings({ autoClean: false, sites: { '': 'never' } }));
    expect(doc.body.innerHTML).toBe(original);
  });

  test("a change for another site does not undo the user's action here", async () => {
    const { page } = setup(settings({ autoClean: false }));
    await page.start();
    await page.cleanAgain();
    await page.applySettings(settings({ autoClean: false, sites: { 'other.example': 'always' } }));
    expect(page.status().cleaned).toBe(true);
  });

  test('does nothing to documents it cannot read', async () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
    const page = new Page(doc, settings(), () => undefined);
    await page.start();
    expect(page.status()).toMatchObject({ readable: false, detection: null, cleaned: false });
  });
});
