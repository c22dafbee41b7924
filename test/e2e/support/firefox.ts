// Firefox with the built extension, through puppeteer-core over WebDriver BiDi. The extension's internal
// UUID is fixed by a pref so its pages have a known moz-extension:// origin.
import { type Browser, launch, type Page } from 'puppeteer-core';
import { BROWSERS } from './browsers';
import { DIST } from './build';
import { type ExtensionDriver, openAndIdentify, type PageFunction, type TabHandle, waitFor } from './driver';

const GECKO_ID = 'clean-reader@clean-reader.example';
const EXTENSION_UUID = '5d0d5c8e-6b7a-4f4e-9a53-0c2b6f1e7a10';
const BASE = `moz-extension://${EXTENSION_UUID}/src/extension/popup/index.html`;

/** Every host but the fixture server goes to a dead proxy: the fixtures name real outlets' resources. */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
};

function handle(page: Page): Omit<TabHandle, 'tabId'> {
  return {
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (path, size) => {
      await page.setViewport(size);
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

/** Navigations to privileged pages (about:, moz-extension:) never report completion over BiDi: start one
 * and poll the URL instead. */
async function startNavigation(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  // page.url() lags behind for extension pages, and privileged pages refuse evaluation: ask both.
  const current = () => page.evaluate(() => location.href).catch(() => page.url());
  await waitFor(async () => ((await current()) === url ? true : undefined), `navigation to ${url}`);
}

async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await startNavigation(page, url);
  await waitFor(
    async () => ((await page.evaluate(() => document.readyState)) === 'complete' ? true : undefined),
    `extension page ${url}`,
  );
  return page;
}

/** The UI language, e.g. "de": Firefox negotiates intl.locale.requested against its installed language packs,
 * and the langpack Debian installs (firefox-esr-l10n-de, by scripts/install-browsers.sh) sits in the
 * application scope, which puppeteer's profile already enables. */
function localePrefs(locale: string | undefined): Record<string, string> {
  return locale ? { 'intl.locale.requested': locale } : {};
}

/** `locale` sets the browser's UI language (the extension's i18n follows it), e.g. "de". */
export async function launchFirefox(locale?: string): Promise<ExtensionDriver> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1000, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...OFFLINE_PREFS,
      ...localePrefs(locale),
    },
  });
  await browser.installExtension(DIST.firefox);
  const control = await openExtensionPage(browser, `${BASE}?tab=0`);

  const driver: ExtensionDriver = {
    openTab: (url) =>
      openAndIdentify(driver, async () => {
        const page = await browser.newPage();
        if (/^https?:/.test(url)) await page.goto(url, { waitUntil: 'load' });
        else await startNavigation(page, url);
        return handle(page);
      }),
    openPopup: async (tabId) => ({
      ...handle(await openExtensionPage(browser, `${BASE}?tab=${tabId}`)),
      tabId: -1,
    }),
    inExtension: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      control.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    close: () => browser.close(),
  };
  return driver;
}
