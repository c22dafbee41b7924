// "A paragraph you could see before cleaning is still visible after it", at every window width: responsive
// aggregator fixtures (utility-class breakpoints, a media-query stylesheet with a container query, a copy only
// wide windows show) loaded at 360, 800, 1280 and 1920 px and resized 1280 → 800 → 1280, in a real browser.
import { describe, expect, test } from 'vitest';
import type { Envelope, PageStatus } from '../../../src/extension/shared/messages';
import type { AggregatorExpected } from '../../fixtures/load';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { extensionSuite } from './extension-suite';
import { aggregatorCase, type PageCase } from './fixtures';
import { visibleCounts } from './visible-text';
import { settledStatus } from './work-status';

const RESPONSIVE = ['responsive-utility', 'responsive-media', 'responsive-overlap', 'css-hidden-copies'].map(
  aggregatorCase,
);
const WIDTHS = [360, 800, 1280, 1920];
const HEIGHT = 900;
/** How long a correct view must stay correct: the width check runs 250 ms after a resize ends. */
const STEADY_MS = 700;

type Api = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };

async function tell(driver: ExtensionDriver, tabId: number, type: 'show-original' | 'clean-again') {
  const reply = await driver.inExtension(
    async ([id, kind]) => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (await (scope.browser ?? scope.chrome)?.tabs.sendMessage(id, {
        type: kind,
      })) as Envelope<PageStatus>;
    },
    [tabId, type] as const,
  );
  if (!reply.ok) throw new Error(`content script: ${reply.error}`);
  return reply.value;
}

export function widthScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`every paragraph visible once at every width in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);

    /** Title and paragraphs each visible exactly once, no promo visible, and it stays so. */
    async function expectClean(tab: TabHandle, page: PageCase<AggregatorExpected>, when: string) {
      const { title, paragraphs, absent } = page.expected;
      const needles = [title, ...paragraphs, ...absent];
      const wanted = [title, ...paragraphs].map(() => 1).concat(absent.map(() => 0));
      const read = () => tab.evaluate(visibleCounts, needles);
      let last: number[] = [];
      await waitFor(async () => {
        last = await read();
        return last.every((count, i) => count === wanted[i]) ? true : undefined;
      }, `${page.name} ${when}: each paragraph visible once`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, STEADY_MS));
      last = await read();
      const report = needles.map((needle, i) => `${last[i]}× ${needle.slice(0, 50)}`);
      expect(report, `${page.name} ${when}`).toEqual(
        needles.map((needle, i) => `${wanted[i]}× ${needle.slice(0, 50)}`),
      );
    }

    test.each(RESPONSIVE)('$name: loaded at each width, then resized 1280 → 800 → 1280', async (page) => {
      const tab = await suite.openPage(page.path);
      for (const width of WIDTHS) {
        await tab.resize({ width, height: HEIGHT });
        await tab.reload();
        const status = await settledStatus(suite.driver.inExtension, tab.tabId, true);
        expect(status.error).toBeNull();
        await expectClean(tab, page, `loaded at ${width} px`);
        // Nothing the cleaning keeps out of sight was visible in the page as it came: the original shows every
        // paragraph at this width too (so "once" above is not a paragraph lost and another doubled).
        await tell(suite.driver, tab.tabId, 'show-original');
        const original = await tab.evaluate(visibleCounts, page.expected.paragraphs);
        expect(
          original.every((count) => count >= 1),
          `${page.name} original at ${width} px: ${original}`,
        ).toBe(true);
        await tell(suite.driver, tab.tabId, 'clean-again');
        await expectClean(tab, page, `cleaned again at ${width} px`);
      }
      await tab.resize({ width: 1280, height: HEIGHT });
      await tab.reload();
      await settledStatus(suite.driver.inExtension, tab.tabId, true);
      await expectClean(tab, page, 'loaded at 1280 px');
      for (const width of [800, 1280]) {
        await tab.resize({ width, height: HEIGHT });
        await expectClean(tab, page, `resized to ${width} px`);
      }
      const status = await settledStatus(suite.driver.inExtension, tab.tabId, true);
      expect(status.error).toBeNull();
    });
  });
}
