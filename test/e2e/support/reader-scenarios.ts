// The reader tab, right-to-left articles and accessibility in a real browser. Written once and run
// for each browser by test/e2e/reader-<browser>.test.ts (export has its own scenarios: export-scenarios.ts).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seriousViolations } from './axe';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { type ExtensionPage, openExtensionPage, textOf, writeSettings } from './ext-pages';
import { extensionSuite } from './extension-suite';
import { aggregatorCase } from './fixtures';
import { readPopup } from './probes';
import { ROOT } from './server';
import { visibleCounts } from './visible-text';

export interface ReaderScenarioOptions {
  name: BrowserName;
  launch: () => Promise<ExtensionDriver>;
}

const seed = aggregatorCase('seed-daily8');
const RTL_PATH = '/fixtures/rtl/arabic-news/';
const THEMES = ['system', 'light', 'dark', 'sepia'] as const;

export function readerScenarios({ name, launch }: ReaderScenarioOptions): void {
  describe(`reader tab in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);
    const { track, openPage } = suite;
    const openOwn = async (page: ExtensionPage, tabId: number) =>
      track(await openExtensionPage(suite.driver, page, tabId));
    const articleShown = (tab: TabHandle) =>
      waitFor(async () => ((await textOf(tab, '#title')) !== '' ? true : undefined), 'the article');
    const cleaned = (tab: TabHandle) =>
      waitFor(async () => {
        const counts = await tab.evaluate(visibleCounts, seed.expected.paragraphs);
        return counts.every((n) => n === 1) ? true : undefined;
      }, 'the cleaned page');

    test('shows the clean article with related stories and the original link', async () => {
      const page = await openPage(seed.path);
      await cleaned(page);
      const reader = await openOwn('reader', page.tabId);
      await articleShown(reader);
      const view = await reader.evaluate(readPopup, null);
      expect(view.title).toBe(seed.expected.title);
      expect(view.source).toBe(seed.expected.source);
      for (const paragraph of seed.expected.paragraphs)
        expect(view.bodyText).toContain(paragraph.slice(0, 80));
      for (const text of seed.expected.absent) expect(view.bodyText).not.toContain(text);
      expect(view.related.length).toBeGreaterThan(0);
      expect(await reader.evaluate(() => document.title, null)).toBe(seed.expected.title);
      await reader.screenshot(join(ROOT, 'docs', `reader-${name}.png`), { width: 1000, height: 800 });
    });

    test('a right-to-left article reads right to left in the popup and the reader tab', async () => {
      const page = await openPage(RTL_PATH);
      for (const view of ['popup', 'reader'] as const) {
        const tab = await openOwn(view, page.tabId);
        await articleShown(tab);
        const direction = await tab.evaluate(() => {
          const article = document.getElementById('article') as HTMLElement;
          return { dir: article.dir, lang: article.lang, computed: getComputedStyle(article).direction };
        }, null);
        expect(direction).toEqual({ dir: 'rtl', lang: 'ar', computed: 'rtl' });
        if (view === 'popup') {
          // The popup's link opens the reader tab for the page it reports on.
          const href = await tab.evaluate(
            () => (document.getElementById('open-reader') as HTMLAnchorElement).href,
            null,
          );
          expect(href.endsWith(`/src/extension/reader/index.html?tab=${page.tabId}`)).toBe(true);
        }
      }
    });

    test('axe finds no serious or critical violation in the popup, options page and reader tab, in every theme', async () => {
      const page = await openPage(seed.path);
      await cleaned(page);
      const pages = {
        popup: await openOwn('popup', page.tabId),
        options: await openOwn('options', page.tabId),
        reader: await openOwn('reader', page.tabId),
      };
      await articleShown(pages.popup);
      await articleShown(pages.reader);
      // A control: an unnamed button is a critical violation, so axe is shown to run and to report.
      await pages.reader.evaluate(() => document.body.append(document.createElement('button')), null);
      expect((await seriousViolations(pages.reader)).map((finding) => finding.id)).toContain('button-name');
      await pages.reader.evaluate(() => document.body.lastElementChild?.remove(), null);
      const findings: string[] = [];
      const backgrounds: Record<string, string> = {};
      for (const theme of THEMES) {
        await writeSettings(suite.driver, { version: 2, comfort: { theme } });
        for (const [view, tab] of Object.entries(pages)) {
          await waitFor(
            async () =>
              (await tab.evaluate(() => document.documentElement.dataset.theme, null)) === theme
                ? true
                : undefined,
            `${view} in ${theme}`,
          );
          for (const finding of await seriousViolations(tab))
            findings.push(`${view}/${theme}: ${finding.id} (${finding.impact}) ${finding.targets.join(' ')}`);
          if (view === 'reader')
            backgrounds[theme] = await tab.evaluate(
              () => getComputedStyle(document.body).backgroundColor,
              null,
            );
        }
      }
      expect(findings).toEqual([]);
      // Each theme really is its palette (the headless browsers' system scheme is light).
      expect(backgrounds).toEqual({
        system: 'rgb(255, 255, 255)',
        light: 'rgb(255, 255, 255)',
        dark: 'rgb(28, 28, 31)',
        sepia: 'rgb(246, 238, 219)',
      });
    });
  });
}
