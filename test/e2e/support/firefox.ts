// Firefox with the built extension, through puppeteer-core over WebDriver BiDi. The extension's internal
// UUID is fixed by a pref so its pages have a known moz-extension:// origin.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, launch, type Page } from 'puppeteer-core';
import { BROWSERS } from './browsers';
import { DIST } from './build';
import {
  type ExtensionDriver,
  openAndIdentify,
  type PageFunction,
  type SavedFile,
  type TabHandle,
  waitFor,
} from './driver';
import { addScratchField, takeScratchField } from './scratch-field';
import { BUILT_IN_HOST } from './served-hosts';

const GECKO_ID = 'clean-reader@clean-reader.example';
const EXTENSION_UUID = '5d0d5c8e-6b7a-4f4e-9a53-0c2b6f1e7a10';
const BASE = `moz-extension://${EXTENSION_UUID}/src/extension/popup/index.html`;

/**
 * Every host but the fixture server goes to a dead proxy: the fixtures name real outlets' resources. The
 * built-in host the server also answers for resolves to it (localDomains: the loopback address).
 */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': `127.0.0.1, ${BUILT_IN_HOST}`,
  'network.dns.localDomains': BUILT_IN_HOST,
};

/** Downloads go straight to `dir`, without asking: the tests read them from there. */
function downloadPrefs(dir: string): Record<string, string | number | boolean> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
  };
}

/** Firefox writes a download to "<name>.part" and moves it into place once complete. */
async function takeDownload(dir: string, before: Set<string>): Promise<SavedFile> {
  const name = await waitFor(async () => {
    const names = await readdir(dir);
    if (names.some((file) => file.endsWith('.part'))) return undefined;
    const fresh = names.filter((file) => !before.has(file));
    if (fresh.length > 1) throw new Error(`expected one download, found ${fresh.join(', ')}`);
    const file = fresh[0];
    return file && (await stat(join(dir, file))).size > 0 ? file : undefined;
  }, 'the download');
  const text = await readFile(join(dir, name), 'utf8');
  // The next download of the same article gets the same name instead of "name(1).md".
  await rm(join(dir, name));
  return { name, text };
}

function handle(page: Page, downloads: string): Omit<TabHandle, 'tabId'> {
  return {
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    reload: async () => {
      // Firefox's BiDi now and then never reports the load of a reload that happened, or never starts one,
      // right after a viewport change (about once in 40): the page reloads itself, as the layout test loads
      // its widths, and the document says when the new one has loaded (the old one carried a mark).
      await page
        .evaluate(() => {
          (window as unknown as { staleDocument?: boolean }).staleDocument = true;
          location.reload();
        })
        .catch(() => undefined);
      await waitFor(
        async () =>
          (await page
            .evaluate(
              () =>
                !(window as unknown as { staleDocument?: boolean }).staleDocument &&
                document.readyState === 'complete',
            )
            .catch(() => false))
            ? true
            : undefined,
        'the reloaded page to load',
        30_000,
      );
    },
    screenshot: async (path, size) => {
      await page.setViewport(size);
      await page.screenshot({ path });
    },
    resize: async (size) => {
      // Firefox ESR sets the size, then fails on a screen-orientation command it lacks.
      await page.setViewport(size).catch(() => undefined);
      await waitFor(
        async () => ((await page.evaluate(() => innerWidth)) === size.width ? true : undefined),
        `a viewport ${size.width} px wide`,
      );
    },
    click: (selector) => page.click(selector),
    paste: async () => {
      await page.evaluate(addScratchField);
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
      return waitFor(() => page.evaluate(takeScratchField), 'the pasted text');
    },
    download: async (selector) => {
      const before = new Set(await readdir(downloads));
      await page.click(selector);
      return takeDownload(downloads, before);
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

export interface FirefoxOptions {
  /** Prefs over the defaults. */
  prefs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

/**
 * All of Firefox's traffic, 127.0.0.1 included, through an HTTP proxy on 127.0.0.1:`port` (see
 * recording-proxy.ts), with nothing fetched ahead of need: what the proxy sees was asked for. Firefox's own
 * Remote Settings (blocklists, certificate lists: a dozen connections at startup) only stand down for a test
 * harness: the environment Mozilla's own harness sets, plus its dummy server.
 */
export function proxyEverything(port: number): FirefoxOptions {
  return {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.predictor.enabled': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  };
}

/** `locale` sets the browser's UI language (the extension's i18n follows it), e.g. "de". */
export async function launchFirefox(locale?: string, options: FirefoxOptions = {}): Promise<ExtensionDriver> {
  const downloads = await mkdtemp(join(tmpdir(), 'clean-reader-downloads-'));
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
      ...downloadPrefs(downloads),
      ...options.prefs,
    },
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  await browser.installExtension(DIST.firefox);
  const control = await openExtensionPage(browser, `${BASE}?tab=0`);

  const driver: ExtensionDriver = {
    openTab: (url, initScript) =>
      openAndIdentify(driver, async () => {
        const page = await browser.newPage();
        if (initScript) await page.evaluateOnNewDocument(initScript);
        if (/^https?:/.test(url)) await page.goto(url, { waitUntil: 'load' });
        else await startNavigation(page, url);
        return handle(page, downloads);
      }),
    openPopup: async (tabId) => ({
      ...handle(await openExtensionPage(browser, `${BASE}?tab=${tabId}`), downloads),
      tabId: -1,
    }),
    inExtension: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      control.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    close: async () => {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
  return driver;
}
