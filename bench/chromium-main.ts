// Runs section 3 alone and prints its results as JSON: `node bench/run-chromium.mjs` while working on it.
import { runChromium } from './chromium-perf';

runChromium()
  .then((results) => process.stdout.write(`${JSON.stringify(results, null, 2)}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
