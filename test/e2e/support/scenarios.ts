// The extension's behaviour in a real browser, written once and run for each browser by its own test file.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionApi, type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { extensionSuite } from './extension-suite';
import { aggregatorCase, ordinaryCases } from './fixtures';
import { click, injectLater, matchesSource, type PopupView, readPopup, wasInjected } from './probes';
import { ROOT } from './server';
import { visibleCounts } from './visible-text';

export interface ScenarioOptions {
  name: BrowserName;
  launch: () => Promise<ExtensionDriver>;
  /** A page no extension may script in this browser. */
  restrictedUrl: string;
}

const seed = aggregatorCase('seed-daily8');
/** The seed, and a page that only its structure gives away (served from 127.0.0.1, no host is known anyway). */
const cleanedOnLoad = [seed, aggregatorCase('unknown-host')];

export function extensionScenarios({ name, launch, restrictedUrl }: ScenarioOptions): void {
  describe(`extension in ${name}`, () => {
    requireBrowser(name);
    // Each test starts as a fresh install: nothing stored at all.
    const suite = extensionSuite(launch, (fresh) =>
      fresh.inExtension(async () => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        await (scope.browser ?? scope.chrome)?.storage.local.clear();
      }, null),
    );
    const open = async (url: string) => suite.track(await suite.driver.openTab(url));
    const openPopup = async (tabId: number) => suite.track(await suite.driver.openPopup(tabId));
    /** The popup once it shows an article or a notice. */
    const popupView = (popup: TabHandle, ready: (view: PopupView) => boolean) =>
      waitFor(async () => {
        const view = await popup.evaluate(readPopup, null);
        return ready(view) ? view : undefined;
      }, 'the popup');
    const cleanedState = (tab: TabHandle, page = seed) =>
      waitFor(async () => {
        const [paragraphs, absent] = await Promise.all([
          tab.evaluate(visibleCounts, page.expected.paragraphs),
          tab.evaluate(visibleCounts, page.expected.absent),
        ]);
        return paragraphs.every((n) => n === 1) && absent.every((n) => n === 0) ? true : undefined;
      }, 'each paragraph once and no promo text');
    const originalState = (tab: TabHandle) =>
      waitFor(
        async () => ((await tab.evaluate(matchesSource, null)) ? true : undefined),
        'the original page',
      );

    test.each(cleanedOnLoad)(
      '(a) cleans aggregator page $name on load: each paragraph once, no promo text',
      async (page) => {
        const tab = await open(suite.server.origin + page.path);
        await cleanedState(tab, page);
      },
    );

    test.each(ordinaryCases())('(b) leaves ordinary page $name untouched', async (page) => {
      const tab = await open(suite.server.origin + page.path);
      const popup = await openPopup(tab.tabId);
      // Once the popup shows the page's status, the content script has run its detection.
      const view = await popupView(popup, (v) => v.toggleLabel !== '');
      expect(view.removed).toBe('');
      expect(view.autoClean).toBe(false);
      expect(await tab.evaluate(matchesSource, null)).toBe(true);
    });

    test('(c) the popup shows title, source, body and related stories', async () => {
      const tab = await open(suite.server.origin + seed.path);
      await cleanedState(tab);
      const popup = await openPopup(tab.tabId);
      const view = await popupView(popup, (v) => v.title !== '');
      expect(view.title).toBe(seed.expected.title);
      expect(view.source).toBe(seed.expected.source);
      for (const paragraph of seed.expected.paragraphs)
        expect(view.bodyText).toContain(paragraph.slice(0, 80));
      for (const text of seed.expected.absent) expect(view.bodyText).not.toContain(text);
      // One entry per cluster, titled by its first story, listing every outlet that carries it.
      const firstOfCluster = seed.expected.related.filter(
        (s, i) => seed.expected.related.findIndex((t) => t.cluster === s.cluster) === i,
      );
      expect(view.related.map((entry) => entry.title)).toEqual(firstOfCluster.map((story) => story.title));
      for (const [index, story] of firstOfCluster.entries()) {
        const sources = seed.expected.related.filter((s) => s.cluster === story.cluster).map((s) => s.source);
        expect(new Set(view.related[index]?.outlets)).toEqual(new Set(sources));
      }
      // The toolbar popup's size: browsers cap popups at 800×600.
      await popup.screenshot(join(ROOT, 'docs', `popup-${name}.png`), { width: 420, height: 600 });
    });

    test('(d) Show original restores the page exactly; Clean again re-cleans it', async () => {
      const tab = await open(suite.server.origin + seed.path);
      await cleanedState(tab);
      const popup = await openPopup(tab.tabId);
      await popupView(popup, (v) => v.title !== '');
      await popup.evaluate(click, 'toggle-page');
      await originalState(tab);
      await popupView(popup, (v) => v.removed === '' && v.toggleLabel === 'Clean again');
      await popup.evaluate(click, 'toggle-page');
      await cleanedState(tab);
      await popupView(popup, (v) => v.removed !== '' && v.toggleLabel === 'Show original');
    });

    test('(e) turning auto-clean off for the site survives a reload', async () => {
      const tab = await open(suite.server.origin + seed.path);
      await cleanedState(tab);
      const popup = await openPopup(tab.tabId);
      await popupView(popup, (v) => v.autoClean);
      await popup.evaluate(click, 'auto-clean');
      await originalState(tab);
      await tab.reload();
      const again = await openPopup(tab.tabId);
      const view = await popupView(again, (v) => v.toggleLabel !== '');
      expect(view.autoClean).toBe(false);
      expect(view.toggleLabel).toBe('Clean again');
      expect(await tab.evaluate(matchesSource, null)).toBe(true);
      await again.evaluate(click, 'auto-clean');
      await cleanedState(tab);
    });

    test('(f) removes a promo block and a second body added 2 s after load', async () => {
      const tab = await open(suite.server.origin + seed.path);
      await cleanedState(tab);
      await tab.evaluate(injectLater, seed.expected.paragraphs[0]?.slice(0, 60) ?? '');
      await waitFor(
        async () => ((await tab.evaluate(wasInjected, null)) ? true : undefined),
        'the injection',
      );
      await cleanedState(tab);
      expect(await tab.evaluate(visibleCounts, ['Try Our AI Features'])).toEqual([0]);
    });

    test('(g) the badge shows how many blocks were removed', async () => {
      const tab = await open(suite.server.origin + seed.path);
      await cleanedState(tab);
      const popup = await openPopup(tab.tabId);
      const view = await popupView(popup, (v) => v.removed !== '');
      const removed = Number.parseInt(view.removed, 10);
      expect(removed).toBeGreaterThan(0);
      const badge = await waitFor(async () => {
        const text = await suite.driver.inExtension(async (tabId) => {
          const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
          return (await (scope.browser ?? scope.chrome)?.action.getBadgeText({ tabId })) ?? '';
        }, tab.tabId);
        return text === '' ? undefined : text;
      }, 'the badge');
      expect(badge).toBe(String(removed));
    });

    test('(h) a browser page gets the plain "cannot read this page" message', async () => {
      const tab = await open(restrictedUrl);
      const popup = await openPopup(tab.tabId);
      const view = await popupView(popup, (v) => v.notice !== '' && !v.notice.startsWith('Reading'));
      expect(view.notice).toContain('cannot read this page');
      expect(view.title).toBe('');
    });
  });
}
