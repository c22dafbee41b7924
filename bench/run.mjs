// `npm run bench`: every section, written to docs/benchmarks.md (see bench/main.ts).
import { bundleAndRun } from './bundle.mjs';

await bundleAndRun('main.ts', 'node', ['--expose-gc'], process.argv.slice(2));
