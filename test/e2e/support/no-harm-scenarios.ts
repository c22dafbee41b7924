// No harm in a real browser: a sample of 50 real publisher pages (support/real-pages.ts), each loaded with the
// built extension, is never detected, and its body after the content script has run equals its body at
// DOMContentLoaded, before the content script ran.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type BrowserName, requireBrowser } from './browsers';
import { ensureBuilt } from './build';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { type RealPageServer, SAMPLE_SIZE, samplePages, serveRealPages } from './real-pages';
import { readStatus } from './work-status';

export function noHarmScenario(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`no harm on ${SAMPLE_SIZE} real publisher pages in ${name}`, () => {
    requireBrowser(name);
    const pages = samplePages();
    let driver: ExtensionDriver;
    let server: RealPageServer;

    beforeAll(async () => {
      ensureBuilt();
      server = await serveRealPages(pages);
      driver = await launch();
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    test('the sample is there (CI lays ../shared beside the clone)', () => {
      expect(pages).toHaveLength(SAMPLE_SIZE);
    });

    test('no page is detected, cleaned or changed', async () => {
      const failures: string[] = [];
      let tab: TabHandle | null = null;
      for (const page of pages) {
        const url = server.origin + server.path(page);
        // One tab, sent from page to page: its id stays the one the extension knows.
        if (!tab) tab = await driver.openTab(url);
        else {
          await tab.evaluate((next) => location.assign(next), url).catch(() => undefined);
          const open = tab;
          await waitFor(
            async () =>
              (await open.evaluate(() => [location.href, document.readyState], null)).join(' ') ===
              `${url} complete`
                ? true
                : undefined,
            `${page.file} to load`,
            30_000,
          );
        }
        const current = tab;
        const status = await waitFor(async () => {
          const reply = await readStatus(driver.inExtension, current.tabId);
          return reply.detection ? reply : undefined;
        }, `the content script on ${page.file}`);
        const [before, after] = await current.evaluate(
          () => [(globalThis as { __crBefore?: string }).__crBefore ?? null, document.body?.outerHTML ?? ''],
          null,
        );
        if (status.detection?.isAggregator || status.cleaned || status.removedCount > 0)
          failures.push(`${page.file}: detected (${status.detection?.score})`);
        if (before === null) failures.push(`${page.file}: the page's state at DOMContentLoaded was not kept`);
        else if (before !== after) failures.push(`${page.file}: DOM changed`);
      }
      await tab?.close();
      expect(failures).toEqual([]);
    }, 600_000);
  });
}
