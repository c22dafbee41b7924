// Memory on a page that appends for ever, in Chromium (the heap is read over CDP): what the extension keeps
// must grow only in proportion to what the page adds, measured against the same page without the extension.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requireBrowser } from './support/browsers';
import { ensureBuilt } from './support/build';
import { type ExtensionContext, launchExtensionContext, webTabId } from './support/chromium-context';
import { bodyHas, heapUsed } from './support/hostile-probes';
import { endlessAppendPage } from './support/hostile-sizes';
import { servePages } from './support/page-server';
import { launchPlainChromium } from './support/plain-chromium';
import type { FixtureServer } from './support/server';
import { expectHealthy, report } from './support/size-scenarios';
import { inPage, readStatus, settledStatus } from './support/work-status';

/** Extra JS heap the extension may keep per element the page appends (the page's own DOM costs more). */
const BYTES_PER_ADDED = 512;
const WATCH_MS = 10_000;
/** Longer than the observer's gap between batches (200 ms), so a batch still to come has come. */
const QUIET_MS = 1000;

/** The content script's status once a whole QUIET_MS has passed without a slice of its work. */
async function quietStatus(run: ReturnType<typeof inPage>, tabId: number) {
  let before = await readStatus(run, tabId);
  for (let waited = 0; waited < 20_000; waited += QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const after = await readStatus(run, tabId);
    if (after.work.slices === before.work.slices) return after;
    before = after;
  }
  throw new Error('the extension kept working after the page stopped appending');
}

const appendedCount = () => (window as unknown as { __appended: number }).__appended;
/** Stops the page's appending and says how many elements it appended in all. */
const stopAppending = () => (window as unknown as { __stopAppending(): number }).__stopAppending();

/** JS heap growth of the page left alone for `ms` in Chromium without the extension, and what it appended. */
async function plainGrowth(url: string, ms: number): Promise<{ grown: number; appended: number }> {
  const plain = await launchPlainChromium();
  try {
    const page = await plain.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const session = await page.context().newCDPSession(page);
    const before = await heapUsed(session);
    const appendedBefore = await page.evaluate(appendedCount);
    await page.waitForTimeout(ms);
    const appended = (await page.evaluate(stopAppending)) - appendedBefore;
    await page.waitForTimeout(QUIET_MS);
    return { grown: (await heapUsed(session)) - before, appended };
  } finally {
    await plain.close();
  }
}

describe('memory on an endlessly appending page in chromium', () => {
  requireBrowser('chromium');
  let browser: ExtensionContext;
  let server: FixtureServer;

  beforeAll(async () => {
    ensureBuilt();
    server = await servePages({ '/endless': endlessAppendPage() });
    browser = await launchExtensionContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the heap the extension adds stays in proportion to what the page appends; slices stay short', async () => {
    const url = `${server.origin}/endless`;
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const run = inPage(browser.control);
    const tabId = await webTabId(browser.control);
    await settledStatus(run, tabId, true);
    const session = await browser.context.newCDPSession(page);
    const heapBefore = await heapUsed(session);
    const appendedBefore = await page.evaluate(appendedCount);
    await page.waitForTimeout(WATCH_MS);
    const appended = (await page.evaluate(stopAppending)) - appendedBefore;
    // What is kept, not what a clean in flight holds for the moment: the heap is read once the work has stopped.
    const status = await quietStatus(run, tabId);
    const grown = (await heapUsed(session)) - heapBefore;
    const plain = await plainGrowth(url, WATCH_MS);
    const extraPerElement = (grown - (plain.grown / plain.appended) * appended) / appended;
    report({ path: '/endless heap', grown, appended, plain, extraPerElement, work: status.work });
    expect(status.cleaned).toBe(true);
    expect(await page.evaluate(bodyHas, 'Live update')).toBe(true);
    expect(extraPerElement).toBeLessThan(BYTES_PER_ADDED);
    // Ten seconds in, the page is bigger than in the shared 5 s scenario: every slice must still stay short.
    expectHealthy(status);
  });
});
