// The extension sends nothing anywhere: while a page is cleaned and its article shown in the popup and the
// reader tab, every request the browser sees (pages, extension pages, the service worker) goes to the
// fixture server, to the extension's own packaged files, or to a URL the page itself names in its HTML (its
// own images, which the article view shows too). Every other host is unresolvable, but a request to it would
// still be seen here, and fails the test.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Envelope, PageStatus } from '../../src/extension/shared/messages';
import { TITLE, xssPages } from '../fixtures/xss/pages';
import { requireBrowser } from './support/browsers';
import { ensureBuilt } from './support/build';
import { type ExtensionContext, launchExtensionContext, webTabId } from './support/chromium-context';
import { waitFor } from './support/driver';
import { servePages } from './support/page-server';
import type { FixtureServer } from './support/server';

type Api = { chrome: { tabs: { sendMessage(id: number, message: object): Promise<unknown> } } };

describe('network silence in chromium', () => {
  requireBrowser('chromium');
  let browser: ExtensionContext;
  let server: FixtureServer;
  const requests: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await servePages(Object.fromEntries(xssPages().map((page) => [`/xss/${page.name}`, page.html])));
    browser = await launchExtensionContext();
    browser.context.on('request', (request) => requests.push(request.url()));
  });

  // A failed case must not leave its tabs behind for the next one ("expected one web tab").
  afterEach(async () => {
    for (const open of browser?.context.pages() ?? []) if (open !== browser.control) await open.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(xssPages())(
    'cleaning and showing the $name page requests nothing else',
    async ({ name, html }) => {
      requests.length = 0;
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/xss/${name}`);
      const tabId = await webTabId(browser.control);
      const status = await waitFor(async () => {
        const reply = (await browser.control.evaluate(
          (id) => (globalThis as unknown as Api).chrome.tabs.sendMessage(id, { type: 'get-status' }),
          tabId,
        )) as Envelope<PageStatus>;
        // Cleaning starts once clean() has loaded, a moment after detection: wait for the state the test needs.
        const ready = reply.ok && reply.value.detection && (name !== 'aggregator' || reply.value.cleaned);
        return ready ? reply.value : undefined;
      }, 'the content script');
      if (name === 'aggregator') expect(status.cleaned).toBe(true);
      const views = await Promise.all(
        ['popup', 'reader'].map(async (view) => {
          const tab = await browser.context.newPage();
          await tab.goto(`${browser.origin}/src/extension/${view}/index.html?tab=${tabId}`);
          await waitFor(
            async () => ((await tab.textContent('#title')) === TITLE ? true : undefined),
            `the ${view} showing the article`,
          );
          return tab;
        }),
      );
      await page.waitForTimeout(1000);
      const named = (url: string) => html.includes(url) || html.includes(url.replace(/\/$/, ''));
      const foreign = requests.filter(
        (url) =>
          !url.startsWith(`${server.origin}/`) &&
          !url.startsWith(`${browser.origin}/`) &&
          !url.startsWith('data:') &&
          !named(url),
      );
      expect(foreign).toEqual([]);
      expect(requests.some((url) => url.startsWith(`${server.origin}/`))).toBe(true);
      for (const tab of [page, ...views]) await tab.close();
    },
  );
});
