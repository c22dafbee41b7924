// What the scenarios need from a browser, so one set of scenarios runs on Chromium (playwright-core) and
// Firefox (puppeteer-core) alike.

/** A function run inside a page. It is serialised, so it may only use its argument and the page's globals. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface SavedFile {
  name: string;
  text: string;
}

export interface TabHandle {
  /** The browser's tab id, as the extension sees it. */
  tabId: number;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  reload(): Promise<void>;
  /** Clicks the element as a reader does, through the browser's input: the page gets a user activation. */
  click(selector: string): Promise<void>;
  /** What the system clipboard holds, pasted with the keyboard shortcut into a scratch field of this page. */
  paste(): Promise<string>;
  /** Clicks an element that starts a download, and returns the file as the browser saved it. */
  download(selector: string): Promise<SavedFile>;
  /** Saves what the viewport shows, at the given size. */
  screenshot(path: string, size: { width: number; height: number }): Promise<void>;
  /** Sets the viewport (the page's window) to this size, as a reader resizing the window does. */
  resize(size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  /**
   * Opens a web page in a new tab and waits for it to load. `initScript` runs in the page's own world before
   * any of its markup does (a probe watching the page from its first frame).
   */
  openTab(url: string, initScript?: string): Promise<TabHandle>;
  /** Opens the popup page in a tab, reporting on `tabId`. */
  openPopup(tabId: number): Promise<TabHandle>;
  /** Runs a function in an extension page, where the extension APIs are available. */
  inExtension<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** The subset of the extension APIs the tests call from an extension page, in either browser. */
export interface ExtensionApi {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    get(id: number): Promise<{ status?: string }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
}

/** Polls `check` until it returns a value other than undefined. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      // Pages reload and navigate under the poller; a failed evaluation just means "not yet".
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/** Ids of all open tabs, from an extension page. */
async function tabIds(driver: ExtensionDriver): Promise<number[]> {
  return driver.inExtension(async () => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    const tabs = (await api?.tabs.query({})) ?? [];
    return tabs.map((tab) => tab.id ?? -1);
  }, null);
}

/**
 * Opens a page and finds its tab id as the one that was not there before. Tab URLs are hidden from the
 * extension (it has no "tabs" permission), so the id cannot be looked up by URL.
 */
export async function openAndIdentify(
  driver: ExtensionDriver,
  open: () => Promise<Omit<TabHandle, 'tabId'>>,
): Promise<TabHandle> {
  const before = new Set(await tabIds(driver));
  const handle = await open();
  const fresh = (await tabIds(driver)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab, found ${fresh.length}`);
  return { ...handle, tabId: fresh[0]! } as TabHandle;
}
