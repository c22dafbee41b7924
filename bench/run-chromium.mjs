// `node bench/run-chromium.mjs`: section 3 alone (real Chromium), printed, without the engine sections.
import { bundleAndRun } from './bundle.mjs';

await bundleAndRun('chromium-main.ts', 'chromium');
