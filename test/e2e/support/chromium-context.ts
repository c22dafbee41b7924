// Chromium with the built extension as a bare playwright context, for tests that need what the shared driver
// hides: init scripts, request events, one tab reused across many pages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { BROWSERS } from './browsers';
import { CHROMIUM_EXTENSION_ARGS } from './chromium-args';

export interface ExtensionContext {
  context: BrowserContext;
  /** The popup page opened on a tab id nobody has: lends the tests the extension's privileges. */
  control: Page;
  origin: string;
  close(): Promise<void>;
}

export async function launchExtensionContext(): Promise<ExtensionContext> {
  const profile = await mkdtemp(join(tmpdir(), 'clean-reader-hardening-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: true,
    args: [...CHROMIUM_EXTENSION_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node gives non-web URLs an opaque origin ("null"): build it from the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const control = await context.newPage();
  await control.goto(`${origin}/src/extension/popup/index.html?tab=0`);
  // The blank tab the browser starts with would be one more tab to tell apart.
  for (const page of context.pages()) if (page !== control) await page.close();
  return {
    context,
    control,
    origin,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the only tab that is not an extension page, asked from the control page (no "tabs" permission:
 * URLs are hidden, so it is the tab that is not the control page). */
export async function webTabId(control: Page): Promise<number> {
  return control.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id?: number; active?: boolean }[]>;
            getCurrent(): Promise<{ id?: number }>;
          };
        };
      }
    ).chrome;
    const self = (await api.tabs.getCurrent()).id;
    const ids = (await api.tabs.query({})).map((tab) => tab.id).filter((id) => id !== self);
    if (ids.length !== 1) throw new Error(`expected one web tab, found ${ids.length}`);
    return ids[0] as number;
  });
}
