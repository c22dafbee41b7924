// Seeded aggregator layouts (test/engine/layouts/) in a real browser with the built extension: served on
// 127.0.0.1, loaded at 1280 px (and 360 px where the page prints a copy per breakpoint), and, once the content
// script says it has cleaned, read with the test's own reading of the drawn text: every paragraph visible
// exactly once, no promo or attribution text visible. The engine tests check the same pages without a layout.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aggregatorPage } from '../../engine/layouts/aggregator';
import { isPending } from '../../engine/layouts/pending';
import { AGGREGATOR_SEED } from '../../engine/layouts/seeds';
import type { LayoutPage } from '../../engine/layouts/truth';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { extensionSuite } from './extension-suite';
import { servePages } from './page-server';
import type { FixtureServer } from './server';
import { visibleCounts } from './visible-text';
import { settledStatus } from './work-status';

const COUNT = 20;
const HEIGHT = 900;
/** What a browser can show wrong; the article-only invariants (nothing lost, source) are the engine tests'. */
const SHOWN = ['detected', 'once', 'no-junk'];

/**
 * The first COUNT layouts of their own seed whose shown invariants are not pending elsewhere. A portal page
 * (one copy, on msn.com or yahoo.com) is one because of its host, which a page served from 127.0.0.1 is not:
 * the engine tests read it under its own address.
 */
function browserLayouts(): LayoutPage[] {
  return fc
    .sample(aggregatorPage, { numRuns: 400, seed: AGGREGATOR_SEED + 1 })
    .filter((page) => !SHOWN.some((invariant) => isPending(invariant, page.dims)))
    .filter((page) => !page.dims.some((dim) => dim.startsWith('portal:')))
    .slice(0, COUNT);
}

/** Junk that is part of text allowed to stay ("Anzeige" in "Kölner Stadt-Anzeiger") cannot be counted apart. */
function countableJunk(page: LayoutPage): string[] {
  const kept = [page.title, page.outlet, ...page.paragraphs, ...page.extractJunk];
  return page.junk.filter((junk) => !kept.some((text) => text.includes(junk)));
}

/** "n× text" lines for each paragraph (all its printed forms together) and each junk text. */
async function readCounts(tab: TabHandle, page: LayoutPage, junk: readonly string[]): Promise<string[]> {
  // visibleCounts collapses whitespace: forms that differ only in their spaces (nbsp, thin) are one needle.
  const distinct = page.forms.map((each) => [
    ...new Set(each.map((form) => form.replace(/\s+/g, ' ').trim())),
  ]);
  const forms = distinct.flat();
  const counts = await tab.evaluate(visibleCounts, [...forms, ...junk]);
  let at = 0;
  const paragraphs = distinct.map((each, i) => {
    const n = each.reduce((sum) => sum + (counts[at++] ?? 0), 0);
    return `${n}× ${page.paragraphs[i]?.slice(0, 50)}`;
  });
  return [...paragraphs, ...junk.map((text, i) => `${counts[forms.length + i]}× ${text.slice(0, 50)}`)];
}

export function layoutScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`seeded aggregator layouts in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);
    const pages = browserLayouts();
    let server: FixtureServer | undefined;
    beforeAll(async () => {
      server = await servePages(Object.fromEntries(pages.map((page, i) => [`/layout/${i}`, page.html])));
    });
    afterAll(() => server?.close());

    test('the seeded run holds enough layouts outside PENDING', () => {
      expect(pages).toHaveLength(COUNT);
    });

    test.each(pages.map((page, i) => ({ page, i, dims: page.dims.join(' ') })))(
      'layout $i: $dims',
      async ({ page, i }) => {
        const junk = countableJunk(page);
        const wanted = [
          ...page.paragraphs.map((p) => `1× ${p.slice(0, 50)}`),
          ...junk.map((j) => `0× ${j.slice(0, 50)}`),
        ];
        const widths = page.dims.includes('copy:responsive') ? [1280, 360] : [1280];
        const tab = suite.track(await suite.driver.openTab(`${server?.origin}/layout/${i}`));
        for (const width of widths) {
          await tab.resize({ width, height: HEIGHT });
          // A fresh load at this width, sent from the page itself as the no-harm test does: Firefox's driver
          // now and then never sees a reload after a viewport change finish.
          const url = `${server?.origin}/layout/${i}?width=${width}`;
          await tab.evaluate((next) => location.assign(next), url).catch(() => undefined);
          await waitFor(
            async () =>
              (await tab.evaluate(() => [location.href, document.readyState], null)).join(' ') ===
              `${url} complete`
                ? true
                : undefined,
            `layout ${i} to load at ${width} px`,
            30_000,
          );
          const status = await settledStatus(suite.driver.inExtension, tab.tabId, true);
          expect(status.error).toBeNull();
          let last: string[] = [];
          await waitFor(async () => {
            last = await readCounts(tab, page, junk);
            return last.join('\n') === wanted.join('\n') ? true : undefined;
          }, `layout ${i} at ${width} px`).catch(() => undefined);
          expect(last, `${page.url} at ${width} px`).toEqual(wanted);
        }
      },
    );
  });
}
