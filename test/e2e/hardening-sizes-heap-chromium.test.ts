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

const appendedCount = () => (window as unknown as { __appended: number }).__appended;

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
    return {
      grown: (await heapUsed(session)) - before,
      appended: (await page.evaluate(appendedCount)) - appendedBefore,
    };
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
    const grown = (await heapUsed(session)) - heapBefore;
    const appended = (await page.evaluate(appendedCount)) - appendedBefore;
    const status = await readStatus(run, tabId);
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
