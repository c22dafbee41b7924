// The extension sends nothing anywhere, in Firefox: while a page is cleaned and its article shown in the
// popup and the reader tab, every request Firefox makes goes to the fixture server or to a URL the page itself
// names in its HTML (its own images, which the article view shows too). Unlike the Chromium test, which
// listens to the browser context, this one routes all of Firefox's traffic, 127.0.0.1 included, through a
// recording proxy: it sees the whole process, the extension's background script as much as its pages.
// Firefox's own background services are switched off by puppeteer's profile and by the prefs in firefox.ts;
// what remains would show up here and fail the test.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Envelope, PageStatus } from '../../src/extension/shared/messages';
import { TITLE, xssPages } from '../fixtures/xss/pages';
import { requireBrowser } from './support/browsers';
import { ensureBuilt } from './support/build';
import { type ExtensionDriver, type TabHandle, waitFor } from './support/driver';
import { openExtensionPage, textOf } from './support/ext-pages';
import { launchFirefox, proxyEverything } from './support/firefox';
import { servePages } from './support/page-server';
import { type RecordingProxy, startRecordingProxy } from './support/recording-proxy';
import type { FixtureServer } from './support/server';

type Api = { browser: { tabs: { sendMessage(id: number, message: object): Promise<unknown> } } };

describe('network silence in firefox', () => {
  requireBrowser('firefox');
  let driver: ExtensionDriver;
  let server: FixtureServer;
  let proxy: RecordingProxy;
  const opened: TabHandle[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await servePages(Object.fromEntries(xssPages().map((page) => [`/xss/${page.name}`, page.html])));
    proxy = await startRecordingProxy(server.origin);
    driver = await launchFirefox(undefined, proxyEverything(proxy.port));
  });

  afterEach(async () => {
    for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
  });

  afterAll(async () => {
    await driver?.close();
    await proxy?.close();
    await server?.close();
  });

  test('starting the browser with the extension requests nothing', () => {
    expect(proxy.requests).toEqual([]);
  });

  test.each(xssPages())(
    'cleaning and showing the $name page requests nothing else',
    async ({ name, html }) => {
      proxy.requests.length = 0;
      const page = await driver.openTab(`${server.origin}/xss/${name}`);
      opened.push(page);
      const status = await waitFor(async () => {
        const reply = (await driver.inExtension(
          (id) => (globalThis as unknown as Api).browser.tabs.sendMessage(id, { type: 'get-status' }),
          page.tabId,
        )) as Envelope<PageStatus>;
        // Cleaning starts once clean() has loaded, a moment after detection: wait for the state the test needs.
        const ready = reply.ok && reply.value.detection && (name !== 'aggregator' || reply.value.cleaned);
        return ready ? reply.value : undefined;
      }, 'the content script');
      if (name === 'aggregator') expect(status.cleaned).toBe(true);
      for (const view of ['popup', 'reader'] as const) {
        const tab = await openExtensionPage(driver, view, page.tabId);
        opened.push(tab);
        await waitFor(
          async () => ((await textOf(tab, '#title')) === TITLE ? true : undefined),
          `the ${view} showing the article`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // An https URL is seen as its tunnel only (https://host:port/): the page names the host.
      const named = (url: string) => {
        const { hostname, port, protocol } = new URL(url);
        if (protocol === 'https:') return port === '' && html.includes(`https://${hostname}/`);
        return html.includes(url) || html.includes(url.replace(/\/$/, ''));
      };
      const foreign = proxy.requests.filter((url) => !url.startsWith(`${server.origin}/`) && !named(url));
      expect(foreign).toEqual([]);
      expect(proxy.requests).toContain(`${server.origin}/xss/${name}`);
    },
  );
});
