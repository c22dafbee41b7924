import { bundleAndRun } from './bundle.mjs';
await bundleAndRun('' + (process.env.E ?? 'probe-steps.ts'), 'probe', [], process.argv.slice(2));
