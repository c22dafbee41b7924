// One measured load in Chromium: a fresh tab opens a blank page of the server's origin (so the renderer,
// and the profiler attached to it, stay the same across the navigation), loads the page, waits until the
// content script has settled, and reads the extension's own meter. A profiled load also runs the CPU
// profiler over it; the meter of such a load is not used: sampling every 100 µs and logging each function
// V8 compiles add a third or more to the cold code the meter times.
import type { Page } from 'playwright-core';
import type { PageStatus } from '../src/extension/shared/messages';
import type { ExtensionContext } from '../test/e2e/support/chromium-context';
import { webTabId } from '../test/e2e/support/chromium-context';
import { type ProfileCost, startProfile } from '../test/e2e/support/cpu-profile';
import { inPage, readStatus, settledStatus } from '../test/e2e/support/work-status';

export interface LoadSample {
  status: PageStatus;
  profile: ProfileCost | null;
}

export const BLANK_PATH = '/blank';

/** Runs on the loaded tab after its figures are read, before it closes. */
export type AfterLoad = (page: Page, tabId: number) => Promise<void>;

/** Loads `url` in a new tab and measures it; `then` runs on the loaded tab before it closes. */
export async function measuredLoad(
  browser: ExtensionContext,
  origin: string,
  path: string,
  cleaned: boolean,
  profiled: boolean,
  then?: AfterLoad,
): Promise<LoadSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`${origin}${BLANK_PATH}`);
    const session = profiled ? await browser.context.newCDPSession(page) : null;
    const stop = session ? await startProfile(session) : null;
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    const tabId = await webTabId(browser.control);
    await settledStatus(inPage(browser.control), tabId, cleaned, 60_000);
    // Late work (the observer's first batch, idle callbacks) lands within its 200 ms gap plus idle time.
    await page.waitForTimeout(500);
    const status = await readStatus(inPage(browser.control), tabId);
    const profile = stop ? await stop() : null;
    await session?.detach();
    if (then) await then(page, tabId);
    return { status, profile };
  } finally {
    await page.close();
  }
}
