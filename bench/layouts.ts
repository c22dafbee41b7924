// The layouts section: seeded aggregator and ordinary pages from the engine tests' generator
// (test/engine/layouts/), each checked against its invariants in jsdom, in child processes of BATCH pages
// (jsdom's Documents are not all freed in one long process; two children use both cores). Batch b draws
// from seed + b, so a run of any size is the same pages every time.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { aggregatorPage } from '../test/engine/layouts/aggregator';
import {
  AGGREGATOR_INVARIANTS,
  checkAggregator,
  checkOrdinary,
  ORDINARY_INVARIANTS,
} from '../test/engine/layouts/invariants';
import { ordinaryPage } from '../test/engine/layouts/ordinary';
import { AGGREGATOR_SEED, ORDINARY_SEED } from '../test/engine/layouts/seeds';
import { survey } from '../test/engine/layouts/survey';
import { parsePage } from './pages';

const BATCH = 250;
const PARALLEL = 2;

export type LayoutKind = 'aggregator' | 'ordinary';

export interface LayoutTally {
  pages: number;
  held: Record<string, number>;
  /** "invariant × dim" → failures, with the first batch's shortest failing page (URL, dimensions, why). */
  cells: Record<string, { count: number; url: string; dims: string; why: string }>;
  /** Pages carrying each dimension value. */
  seen: Record<string, number>;
}

const parse = (html: string) => parsePage(html, '');

/** Child mode: one batch of `count` pages of one kind, from the kind's seed + `batch`. */
export function layoutBatch(kind: LayoutKind, batch: number, count: number): LayoutTally {
  // The ordinary check records mutations with the host window's observer (a parsed Document has no window).
  const scope = globalThis as { MutationObserver?: unknown; window?: { MutationObserver: unknown } };
  scope.MutationObserver = scope.window?.MutationObserver;
  const tally =
    kind === 'aggregator'
      ? survey(
          aggregatorPage,
          AGGREGATOR_INVARIANTS,
          (p) => checkAggregator(p, parse),
          count,
          AGGREGATOR_SEED + batch,
        )
      : survey(
          ordinaryPage,
          ORDINARY_INVARIANTS,
          (p) => checkOrdinary(p, parse),
          count,
          ORDINARY_SEED + batch,
        );
  const cells: LayoutTally['cells'] = {};
  for (const [key, cell] of tally.cells)
    cells[key] = {
      count: cell.count,
      url: cell.example.url,
      dims: cell.example.dims.join(' '),
      why: cell.why,
    };
  return { pages: tally.pages, held: tally.held, cells, seen: Object.fromEntries(tally.seen) };
}

function merge(into: LayoutTally, from: LayoutTally): void {
  into.pages += from.pages;
  for (const [key, n] of Object.entries(from.held)) into.held[key] = (into.held[key] ?? 0) + n;
  for (const [key, n] of Object.entries(from.seen)) into.seen[key] = (into.seen[key] ?? 0) + n;
  for (const [key, cell] of Object.entries(from.cells)) {
    const had = into.cells[key];
    if (!had) into.cells[key] = { ...cell };
    else had.count += cell.count;
  }
}

/** `runs` pages of each kind, in child processes of `script` (an entry that answers `layouts-batch`). */
export async function runLayouts(
  runs: number,
  script: string,
  log: (message: string) => void,
): Promise<Record<LayoutKind, LayoutTally>> {
  const run = promisify(execFile);
  const out: Record<LayoutKind, LayoutTally> = {
    aggregator: { pages: 0, held: {}, cells: {}, seen: {} },
    ordinary: { pages: 0, held: {}, cells: {}, seen: {} },
  };
  const jobs = (['aggregator', 'ordinary'] as const).flatMap((kind) =>
    Array.from({ length: Math.ceil(runs / BATCH) }, (_, b) => ({
      kind,
      b,
      count: Math.min(BATCH, runs - b * BATCH),
    })),
  );
  for (let i = 0; i < jobs.length; i += PARALLEL) {
    const wave = jobs.slice(i, i + PARALLEL).map(async ({ kind, b, count }) => {
      const args = ['--max-old-space-size=4096', script, 'layouts-batch', kind, String(b), String(count)];
      const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 26 });
      merge(out[kind], JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LayoutTally);
    });
    await Promise.all(wave);
    log(`layouts: ${Math.min(i + PARALLEL, jobs.length)}/${jobs.length} batches`);
  }
  return out;
}
