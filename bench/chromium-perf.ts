// Section 3: the built extension in real Chromium (headless, 127.0.0.1 pages). The extension's cost is read
// from the content script's own meter (PageStatus.work) and cross-checked with a CPU profile of the page's
// renderer; the popup's time comes from a performance mark it sets once the article is in its DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkKind } from '../src/extension/shared/messages';
import { ensureBuilt } from '../test/e2e/support/build';
import { launchExtensionContext } from '../test/e2e/support/chromium-context';
import { servePages } from '../test/e2e/support/page-server';
import { type AfterLoad, BLANK_PATH, type LoadSample, measuredLoad } from './chromium-load';
import { popupShownMs } from './chromium-popup';
import { ROOT } from './pages';
import { median } from './stats';
import { syntheticPage } from './synthetic';

interface PageCost {
  label: string;
  bytes: number;
  /** The content script's own meter, total ms per load. */
  samples: number[];
  median: number;
  /** The meter's longest slice, worst load. */
  longest: number;
  /** The CPU profile's extension time per load (median) and its longest run (worst load). */
  profileMedian: number;
  profileLongest: number;
  /** Median profile ms per extension file. */
  profileByScript: Record<string, number>;
  /** How many loads ran with the profiler on (the meter's loads are `samples`). */
  profiledRuns: number;
  /** Median ms per kind of work, from the meter. */
  byKind: Partial<Record<WorkKind, number>>;
}

export interface BrowserResults {
  method: string;
  version: string;
  pages: PageCost[];
  ordinary: PageCost;
  aggregator: PageCost;
  bigLongestTask: number;
  popup: { samples: number[]; median: number };
}

const LOADS = 7;
/** Loads with the CPU profiler on, apart from the metered ones (see chromium-load.ts). */
const PROFILED_LOADS = 3;
/** Each 5 MB load takes seconds of parsing and cleaning: fewer runs keep the whole benchmark in budget. */
const BIG_LOADS = 2;
const BIG_PROFILED_LOADS = 1;
const ORDINARY = 'iab-1';
const PATHS = { ordinary: '/ordinary', aggregator: '/aggregator', big: '/big' };

function cost(label: string, html: string, loads: LoadSample[], profiled: LoadSample[]): PageCost {
  const kinds = new Set(loads.flatMap((l) => Object.keys(l.status.work.byKind) as WorkKind[]));
  const profiles = profiled.flatMap((l) => (l.profile ? [l.profile] : []));
  return {
    label,
    bytes: Buffer.byteLength(html),
    samples: loads.map((l) => l.status.work.totalMs),
    median: median(loads.map((l) => l.status.work.totalMs)),
    longest: Math.max(...loads.map((l) => l.status.work.longestMs)),
    profiledRuns: profiles.length,
    profileMedian: median(profiles.map((p) => p.totalMs)),
    profileLongest: Math.max(...profiles.map((p) => p.longestMs)),
    profileByScript: Object.fromEntries(
      [...new Set(profiles.flatMap((p) => Object.keys(p.byScript)))].map((file) => [
        file,
        median(profiles.map((p) => p.byScript[file] ?? 0)),
      ]),
    ),
    byKind: Object.fromEntries(
      [...kinds].map((kind) => [kind, median(loads.map((l) => l.status.work.byKind[kind]?.totalMs ?? 0))]),
    ),
  };
}

const METHOD =
  'Headless Chromium with the built `dist/chrome` loaded, pages served from 127.0.0.1, each load in a fresh tab. "meter" = the content script\'s own timing of every synchronous slice of its work (`PageStatus.work`, read with a `get-status` message from an extension page once the page has settled, plus 500 ms for late batches), on loads without a profiler attached. "profile" = outside check, on separate loads (3 per page, 1 of the 5 MB page): a V8 CPU profile of the page\'s renderer sampled every 100 µs, counting samples with a `chrome-extension://` frame on the stack (this includes script compilation, module loading and message handling, which the meter does not time, and the profiler\'s own overhead: sampling and logging every function V8 compiles make the cold code it watches a third or more slower; its longest figure is the longest unbroken run of such samples, with garbage collection between them counted in and any stretch of the browser\'s own work over 1 ms (layout and paint between two slices) ending the run: an upper bound on one task). Medians over the runs shown; "longest" is the worst run.';

export async function runChromium(): Promise<BrowserResults | null> {
  ensureBuilt();
  const html = {
    ordinary: readFileSync(
      join(ROOT, '..', 'shared', 'corpus', 'readability', 'test-pages', ORDINARY, 'source.html'),
      'utf8',
    ),
    aggregator: readFileSync(
      join(ROOT, 'test', 'fixtures', 'aggregator', 'seed-daily8', 'source.html'),
      'utf8',
    ),
    big: syntheticPage(50_000),
  };
  const server = await servePages({
    [BLANK_PATH]: '<!doctype html><title>blank</title>',
    [PATHS.ordinary]: html.ordinary,
    [PATHS.aggregator]: html.aggregator,
    [PATHS.big]: html.big,
  });
  const browser = await launchExtensionContext();
  try {
    const version = await browser.control.evaluate(
      () => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
    );
    const popup: number[] = [];
    const runs = async (path: string, cleaned: boolean, n: number, profiled: boolean, then?: AfterLoad) => {
      const loads: LoadSample[] = [];
      for (let i = 0; i < n; i++)
        loads.push(await measuredLoad(browser, server.origin, path, cleaned, profiled, then));
      return loads;
    };
    const ordinary = cost(
      `${ORDINARY} (corpus, ordinary)`,
      html.ordinary,
      await runs(PATHS.ordinary, false, LOADS, false),
      await runs(PATHS.ordinary, false, PROFILED_LOADS, true),
    );
    // Each metered aggregator load also times the popup on it: the page's own figures are read first.
    const aggregator = cost(
      'seed-daily8 (aggregator)',
      html.aggregator,
      await runs(PATHS.aggregator, true, LOADS, false, async (_page, tabId) => {
        popup.push(await popupShownMs(browser, tabId));
      }),
      await runs(PATHS.aggregator, true, PROFILED_LOADS, true),
    );
    const big = cost(
      'synthetic, 50,000 paragraphs (aggregator)',
      html.big,
      await runs(PATHS.big, true, BIG_LOADS, false),
      await runs(PATHS.big, true, BIG_PROFILED_LOADS, true),
    );
    return {
      method: METHOD,
      version,
      pages: [ordinary, aggregator, big],
      ordinary,
      aggregator,
      bigLongestTask: big.longest,
      popup: { samples: popup, median: median(popup) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
