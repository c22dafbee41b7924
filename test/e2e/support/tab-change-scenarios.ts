// The popup's tab changes under it: the tab goes to another page, or closes while the popup waits for it.
// The popup must say so plainly, never keep showing the page that is gone nor stay blank, and once the new
// page has loaded it shows that page's article. Written once and run for each browser by
// test/e2e/tab-change-<browser>.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { listFixtures } from '../../fixtures/load';
import { type BrowserName, requireBrowser } from './browsers';
import { ensureBuilt } from './build';
import { type ExtensionApi, type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { textOf, writeSettings } from './ext-pages';
import { type HeldPageServer, serveHeldPages } from './held-page-server';
import { ROOT } from './server';

export interface TabChangeScenarioOptions {
  name: BrowserName;
  launch: () => Promise<ExtensionDriver>;
}

const fixtures = listFixtures('aggregator');
const fixture = (name: string) => {
  const found = fixtures.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no aggregator fixture "${name}"`);
  return found;
};
const first = fixture('seed-daily8');
const next = fixture('msn-guardian');
/** The second page is served slowly: the test decides when it finishes loading. */
const HELD = '/held/next';

const english = JSON.parse(
  readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const message = (key: string) => english[key]?.message ?? key;

interface PopupState {
  notice: string;
  title: string;
  articleShown: boolean;
  toggleDisabled: boolean;
}

/** Records every notice the popup shows and whether its article was ever hidden, from now on. */
function recordPopup(): void {
  const notice = document.getElementById('notice') as HTMLElement;
  const article = document.getElementById('article') as HTMLElement;
  const log: string[] = [];
  (window as unknown as { popupLog: string[] }).popupLog = log;
  new MutationObserver(() => {
    log.push(`notice: ${notice.textContent ?? ''}`);
  }).observe(notice, { childList: true, characterData: true, subtree: true });
  new MutationObserver(() => {
    if (article.hidden) log.push('article hidden');
  }).observe(article, { attributes: true, attributeFilter: ['hidden'] });
}

function popupLog(): string[] {
  return (window as unknown as { popupLog: string[] }).popupLog;
}

function popupState(): PopupState {
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return {
    notice: byId('notice').textContent?.trim() ?? '',
    title: byId('title').textContent?.trim() ?? '',
    articleShown: !byId('article').hidden,
    toggleDisabled: (byId('toggle-page') as HTMLButtonElement).disabled,
  };
}

export function tabChangeScenarios({ name, launch }: TabChangeScenarioOptions): void {
  describe(`the popup's tab changes, in ${name}`, () => {
    requireBrowser(name);
    let server: HeldPageServer;
    let driver: ExtensionDriver;
    const opened: TabHandle[] = [];
    const open = async (path: string) => {
      const tab = await driver.openTab(server.origin + path);
      opened.push(tab);
      return tab;
    };
    const popupFor = async (tabId: number) => {
      const popup = await driver.openPopup(tabId);
      opened.push(popup);
      return popup;
    };
    const until = async (popup: TabHandle, what: string, check: (state: PopupState) => boolean) => {
      let last: PopupState | null = null;
      try {
        return await waitFor(async () => {
          last = await popup.evaluate(popupState, null);
          return check(last) ? last : undefined;
        }, what);
      } catch (error) {
        // What the popup showed instead says which step stalled.
        throw new Error(`${String(error)}; the popup last showed ${JSON.stringify(last)}`);
      }
    };
    /** The tab's loading status as the browser reports it to the extension. */
    const tabStatus = (tabId: number) =>
      driver.inExtension(async (id: number) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        return (await (scope.browser ?? scope.chrome)?.tabs.get(id))?.status;
      }, tabId);
    /** Starts a navigation without waiting for it: the held page does not finish until released. */
    const navigate = (tab: TabHandle, path: string) =>
      tab
        .evaluate((url) => {
          location.href = url;
        }, server.origin + path)
        .catch(() => undefined);

    beforeAll(async () => {
      ensureBuilt();
      server = await serveHeldPages({ '/first': first.html, [HELD]: next.html }, HELD);
      driver = await launch();
      await writeSettings(driver, {});
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    afterEach(async () => {
      server.release();
      for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
    });

    test('the tab goes to another page: the popup says so, drops the old article, then shows the new one', async () => {
      const tab = await open('/first');
      const popup = await popupFor(tab.tabId);
      await until(
        popup,
        'the first article',
        (state) => state.articleShown && state.title === first.expected.title,
      );

      await navigate(tab, HELD);
      const leaving = await until(popup, 'the notice that the tab changed', (state) => state.notice !== '');
      expect(leaving).toMatchObject({
        notice: message('noticeNavigated'),
        articleShown: false,
        toggleDisabled: true,
      });

      server.release();
      const arrived = await until(popup, 'the new article', (state) => state.articleShown);
      expect(arrived).toMatchObject({ title: next.expected.title, notice: '', toggleDisabled: false });
      expect(await textOf(popup, '#source')).toBe(next.expected.source);
    });

    // Chrome reports these as the tab "loading" too, though the page stays: the popup must not flicker.
    test('an iframe added to the page and a history.pushState leave the popup as it is', async () => {
      const tab = await open('/first');
      const popup = await popupFor(tab.tabId);
      await until(popup, 'the first article', (state) => state.articleShown);
      await popup.evaluate(recordPopup, null);
      await tab.evaluate((url) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.append(frame);
      }, `${server.origin}/first`);
      await tab.evaluate(() => history.pushState({}, '', '/first?page=2'), null);
      // Time for the popup to have looked at the tab and found the same page.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await popup.evaluate(popupLog, null)).toEqual([]);
      expect(await popup.evaluate(popupState, null)).toMatchObject({
        title: first.expected.title,
        articleShown: true,
      });
    });

    test('the tab closes while the popup waits for it to load: the popup says it was closed', async () => {
      const tab = await open('/first');
      await navigate(tab, HELD);
      const popup = await popupFor(tab.tabId);
      // The new page is still loading, its content script not yet there: the popup waits, and says so. It knows
      // only what the browser reports: Firefox 153 may report a page still arriving as complete, and a complete
      // tab with no content script reads as a page closed to extensions.
      const waiting = await until(popup, 'the popup waiting', (state) => state.notice !== message('reading'));
      const reported = await tabStatus(tab.tabId);
      expect(waiting.notice).toBe(message(reported === 'loading' ? 'noticeLoading' : 'noticeUnreachable'));

      await tab.close();
      const closed = await until(popup, 'the closed notice', (state) => state.notice !== waiting.notice);
      expect(closed).toMatchObject({
        notice: message('noticeClosed'),
        articleShown: false,
        toggleDisabled: true,
      });
    });
  });
}
