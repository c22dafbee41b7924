// Popup timing: the popup page, opened on a tab whose page has settled, marks
// 'clean-reader:article-shown' right after the article is in its DOM; the mark's time is counted from the
// popup document's navigation start, so it covers loading the popup, asking the content script, the
// extraction (made on this request: the content script prepares nothing ahead) and rendering.
import type { Page } from 'playwright-core';
import type { ExtensionContext } from '../test/e2e/support/chromium-context';
import { waitFor } from '../test/e2e/support/driver';

const ARTICLE_SHOWN = 'clean-reader:article-shown';

export async function popupShownMs(browser: ExtensionContext, tabId: number): Promise<number> {
  const popup: Page = await browser.context.newPage();
  try {
    await popup.goto(`${browser.origin}/src/extension/popup/index.html?tab=${tabId}`);
    return await waitFor(
      () => popup.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, ARTICLE_SHOWN),
      'the article in the popup',
      20_000,
    );
  } finally {
    await popup.close();
  }
}
