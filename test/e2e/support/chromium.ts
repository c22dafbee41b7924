// Chromium with the built extension, through playwright-core. Extensions need the new headless mode, which
// Chromium's plain --headless has been since version 132.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BROWSERS } from './browsers';
import { CHROMIUM_EXTENSION_ARGS } from './chromium-args';
import { type ExtensionDriver, openAndIdentify, type PageFunction, type TabHandle, waitFor } from './driver';
import { addScratchField, takeScratchField } from './scratch-field';

function handle(page: Page): Omit<TabHandle, 'tabId'> {
  return {
    evaluate: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    screenshot: async (path, size) => {
      await page.setViewportSize(size);
      await page.screenshot({ path });
    },
    resize: (size) => page.setViewportSize(size),
    click: (selector) => page.click(selector),
    paste: async () => {
      await page.evaluate(addScratchField);
      await page.keyboard.press('ControlOrMeta+V');
      return waitFor(() => page.evaluate(takeScratchField), 'the pasted text');
    },
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    close: () => page.close(),
  };
}

/** `locale` sets the browser's UI language (the extension's i18n follows it), e.g. "de". */
export async function launchChromium(locale?: string): Promise<ExtensionDriver> {
  const profile = await mkdtemp(join(tmpdir(), 'clean-reader-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [...CHROMIUM_EXTENSION_ARGS, ...(locale ? [`--lang=${locale}`] : [])],
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/src/extension/popup/index.html`;
  const control = await context.newPage();
  // A tab id nobody has: the control page only lends its extension privileges to the tests.
  await control.goto(`${base}?tab=0`);

  const driver: ExtensionDriver = {
    openTab: (url, initScript) =>
      openAndIdentify(driver, async () => {
        const page = await context.newPage();
        if (initScript) await page.addInitScript(initScript);
        await page.goto(url, { waitUntil: 'load' });
        return handle(page);
      }),
    openPopup: async (tabId) => {
      const page = await context.newPage();
      await page.goto(`${base}?tab=${tabId}`);
      return { ...handle(page), tabId: -1 };
    },
    inExtension: <A, R>(fn: PageFunction<A, R>, arg: A) =>
      control.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  await waitFor(
    async () =>
      (await driver.inExtension(() => document.readyState, null)) === 'complete' ? true : undefined,
    'control page',
  );
  return driver;
}
