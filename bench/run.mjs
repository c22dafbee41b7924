// `npm run bench`: every section, written to docs/benchmarks.md (see bench/main.ts).
// `node bench/run.mjs layouts [runs]`: the generated-layouts section alone, printed (bench/layouts-main.ts).
import { bundleAndRun } from './bundle.mjs';

const [part, ...rest] = process.argv.slice(2);
if (part === 'layouts') await bundleAndRun('layouts-main.ts', 'layouts', [], rest);
else await bundleAndRun('main.ts', 'node', ['--expose-gc'], process.argv.slice(2));
