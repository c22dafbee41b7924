// Hostile pages in a real browser: the XSS corpus must run nowhere in the extension's own pages, page scripts
// must not see the extracted article, and messages posted by the page must change nothing.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_MESSAGE_TYPES } from '../../../src/extension/shared/messages';
import { TITLE, xssPages } from '../../fixtures/xss/pages';
import { type BrowserName, requireBrowser } from './browsers';
import { ensureBuilt } from './build';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { extensionView, pageSurface, postHostileMessages, xssFlag } from './hardening-probes';
import { servePages } from './page-server';
import type { FixtureServer } from './server';

const READER_PATH = '/src/extension/reader/index.html';
/** Long enough for failed images to fire onerror and for autofocus/toggle events to run. */
const SETTLE_MS = 1000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function hardeningScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`hostile pages in ${name}`, () => {
    requireBrowser(name);
    let server: FixtureServer;
    let driver: ExtensionDriver;
    const opened: TabHandle[] = [];
    const track = (tab: TabHandle) => {
      opened.push(tab);
      return tab;
    };
    /** An extension page once it shows the article. */
    const shown = (tab: TabHandle) =>
      waitFor(async () => {
        const view = await tab.evaluate(extensionView, null);
        return view.title === TITLE ? view : undefined;
      }, 'the article in the extension page');
    const openPayloadPage = async (page: string) => {
      const tab = track(await driver.openTab(`${server.origin}/xss/${page}`));
      // The payloads are live: in the page itself they run, as they would without the extension.
      await waitFor(
        async () => ((await tab.evaluate(xssFlag, null)) ? true : undefined),
        'a payload in the page',
      );
      return tab;
    };

    beforeAll(async () => {
      ensureBuilt();
      server = await servePages(
        Object.fromEntries(xssPages().map((page) => [`/xss/${page.name}`, page.html])),
      );
      driver = await launch();
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    afterEach(async () => {
      for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
    });

    test.each(xssPages().map((page) => page.name))(
      'the %s page: no payload runs in the popup or the reader tab; every link is http(s)',
      async (page) => {
        const tab = await openPayloadPage(page);
        const origin = await driver.inExtension(() => location.origin, null);
        const views = [
          track(await driver.openPopup(tab.tabId)),
          track(await driver.openTab(`${origin}${READER_PATH}?tab=${tab.tabId}`)),
        ];
        for (const view of views) {
          await shown(view);
          await pause(SETTLE_MS);
          const { flag, links } = await view.evaluate(extensionView, null);
          expect(flag).toBeNull();
          for (const link of links) expect(new URL(link).protocol, link).toMatch(/^https?:$/);
        }
      },
    );

    test('page scripts see no global and no node carrying the extracted article', async () => {
      const tab = await openPayloadPage('aggregator');
      await pause(SETTLE_MS);
      const before = await tab.evaluate(pageSurface, null);
      await shown(track(await driver.openPopup(tab.tabId)));
      const after = await tab.evaluate(pageSurface, null);
      expect(after.globals).toEqual(before.globals);
      expect(after.html).toBe(before.html);
    });

    test('two popups on one tab at once both show the article', async () => {
      const tab = await openPayloadPage('aggregator');
      const popups = await Promise.all([driver.openPopup(tab.tabId), driver.openPopup(tab.tabId)]);
      for (const popup of popups) expect((await shown(track(popup))).flag).toBeNull();
    });

    test('a popup for a tab that has gone says so instead of waiting', async () => {
      const tab = await driver.openTab(`${server.origin}/xss/ordinary`);
      await tab.close();
      const popup = track(await driver.openPopup(tab.tabId));
      const notice = await waitFor(async () => {
        const text = await popup.evaluate(() => document.getElementById('notice')?.textContent ?? '', null);
        return text !== '' && !text.startsWith('Reading') ? text : undefined;
      }, 'a notice in the popup');
      expect(notice.length).toBeGreaterThan(10);
    });

    test('messages posted by the page change nothing', async () => {
      const tab = await openPayloadPage('aggregator');
      await pause(SETTLE_MS);
      const before = await tab.evaluate(pageSurface, null);
      await tab.evaluate(postHostileMessages, [...CONTENT_MESSAGE_TYPES]);
      await pause(SETTLE_MS);
      expect((await tab.evaluate(pageSurface, null)).html).toBe(before.html);
    });
  });
}
