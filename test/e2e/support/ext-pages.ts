// Extension pages other than the popup (options, reader tab), reached by navigating a popup tab: the
// drivers open the popup by URL, and every extension page shares its origin.
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';

export type ExtensionPage = 'options' | 'reader' | 'popup';

/** The settings object the tests write, in storage's own shape (the extension parses it on read). */
export type StoredSettings = Record<string, unknown>;

export async function openExtensionPage(
  driver: ExtensionDriver,
  page: ExtensionPage,
  tabId: number,
): Promise<TabHandle> {
  const handle = await driver.openPopup(tabId);
  if (page === 'popup') return handle;
  const origin = await waitFor(
    async () => handle.evaluate(() => (location.origin === 'null' ? undefined : location.origin), null),
    'the extension origin',
  );
  const url = `${origin}/src/extension/${page}/index.html?tab=${tabId}`;
  await handle
    .evaluate((target) => {
      location.href = target;
    }, url)
    .catch(() => undefined);
  await waitFor(
    async () =>
      (await handle.evaluate((target) => location.href === target && document.readyState === 'complete', url))
        ? true
        : undefined,
    `extension page ${page}`,
  );
  return handle;
}

export function writeSettings(driver: ExtensionDriver, settings: StoredSettings): Promise<void> {
  return driver.inExtension(async (value) => {
    const scope = globalThis as unknown as {
      browser?: { storage: { local: { set(items: object): Promise<void> } } };
      chrome?: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await (scope.browser ?? scope.chrome)?.storage.local.set({ settings: value });
  }, settings);
}

export async function readSettings(driver: ExtensionDriver): Promise<StoredSettings> {
  return driver.inExtension(async () => {
    const scope = globalThis as unknown as {
      browser?: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      chrome?: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    const stored = await (scope.browser ?? scope.chrome)?.storage.local.get('settings');
    return (stored?.settings ?? {}) as Record<string, unknown>;
  }, null);
}

/** Types into a field as a reader would: the value changes, then input and change fire. */
export function typeInto(tab: TabHandle, id: string, value: string): Promise<void> {
  return tab.evaluate(
    ({ id: target, value: text }) => {
      const field = document.getElementById(target) as
        | HTMLInputElement
        | HTMLTextAreaElement
        | HTMLSelectElement;
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.blur();
    },
    { id, value },
  );
}

export function textOf(tab: TabHandle, selector: string): Promise<string> {
  return tab.evaluate((css) => document.querySelector(css)?.textContent?.trim() ?? '', selector);
}
