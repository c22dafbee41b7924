// `npm run bench`: every section, written to docs/benchmarks.md (see bench/main.ts).
// `node bench/run.mjs layouts [runs]`: the generated-layouts section alone, printed (bench/layouts-main.ts).
// `node bench/run.mjs flash`: copies on screen and layout shift while aggregator pages load (bench/flash-main.ts).
// `node bench/run.mjs trace`: the extension's main-thread cost per load from Chromium traces (bench/trace-main.ts).
// `node bench/run.mjs chromium`: section 3 alone (real Chromium), without the engine sections (bench/chromium-main.ts).
import { bundleAndRun } from './bundle.mjs';

const [part, ...rest] = process.argv.slice(2);
if (part === 'layouts') await bundleAndRun('layouts-main.ts', 'layouts', [], rest);
else if (part === 'flash') await bundleAndRun('flash-main.ts', 'flash');
else if (part === 'trace') await bundleAndRun('trace-main.ts', 'trace');
else if (part === 'chromium') await bundleAndRun('chromium-main.ts', 'chromium');
else await bundleAndRun('main.ts', 'node', ['--expose-gc'], process.argv.slice(2));
