// Entry of the bundled benchmark (bench/run.mjs builds and starts it). `scale <n>` is the child mode
// of the scaling section; with no argument every section runs and docs/benchmarks.md is written.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AggregatorExpected } from '../test/fixtures/load';
import { runFlash } from './chromium-flash';
import { runChromium } from './chromium-perf';
import { runTrace } from './chromium-trace';
import { corpusBatch, runCorpus } from './corpus-batch';
import { timePage, toRow } from './engine-times';
import { runFirefoxFlash } from './firefox-flash';
import { flashSection } from './flash-report';
import { type LayoutKind, layoutBatch, runLayouts } from './layouts';
import { layoutSection } from './layouts-report';
import { fixturePages, ROOT } from './pages';
import { fixtureQuality } from './quality';
import { writeReport } from './report';
import { scaleOne } from './scale-one';
import { runScaling, runsFor } from './scaling';
import { builtSizes } from './sizes';
import { traceSection, traceTargets } from './trace-report';

// Six runs a page, three pairs (bench/engine-times.ts): the corpus's small test pages take 1-3 ms, where one
// garbage-collection pause moves a ratio by half.
const RUNS = 6;
/** Generated layouts of each kind (bench/layouts.ts). */
const LAYOUTS = 10_000;

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'corpus') {
    process.stdout.write(`${JSON.stringify(corpusBatch(Number(arg), Number(process.argv[4]), RUNS))}\n`);
    return;
  }
  if (mode === 'layouts-batch') {
    const [kind, batch, count] = process.argv.slice(3);
    process.stdout.write(
      `${JSON.stringify(layoutBatch(kind as LayoutKind, Number(batch), Number(count)))}\n`,
    );
    return;
  }
  if (mode === 'scale') {
    const n = Number(arg);
    process.stdout.write(`${JSON.stringify(scaleOne(n, runsFor(n)))}\n`);
    return;
  }
  const started = Date.now();
  log('sizes');
  const sizes = builtSizes();
  log('fixtures');
  const fixtures = fixturePages();
  const fixtureTimes = fixtures.map((page) => toRow(timePage(page, RUNS)));
  const quality = fixtures.flatMap((f) =>
    f.kind === 'aggregator' ? fixtureQuality(f.name, f.html, f.expected as AggregatorExpected) : [],
  );
  log('corpus');
  const corpus = await runCorpus();
  log('scaling');
  const scaling = runScaling();
  log('layouts');
  const layoutsStarted = Date.now();
  const layoutRuns = await runLayouts(LAYOUTS, process.argv[1]!, log);
  const layouts = layoutSection(layoutRuns, (Date.now() - layoutsStarted) / 1000);
  log('chromium');
  const browser = mode === 'no-browser' ? null : await runChromium();
  log('flash');
  const flashRows = mode === 'no-browser' ? [] : await runFlash();
  const firefoxFlash = mode === 'no-browser' ? [] : await runFirefoxFlash();
  log('trace');
  const trace = mode === 'no-browser' ? null : runTrace();
  const md = writeReport({
    sizes,
    fixtureTimes,
    quality,
    corpus,
    scaling,
    browser,
    layouts,
    flash: flashRows.length > 0 ? flashSection(flashRows, firefoxFlash) : [],
    trace: { section: traceSection(trace), targets: traceTargets(trace, flashRows) },
    runs: RUNS,
    started,
  });
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), md.markdown);
  writeFileSync(join(ROOT, 'docs', 'benchmark-scaling.svg'), md.svg);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: docs/benchmarks.md`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
