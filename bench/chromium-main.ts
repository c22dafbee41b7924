// Runs section 3 alone and prints its report lines (targets, then body) and the raw results as JSON:
// `node bench/run.mjs chromium` while working on it, without the engine sections' ~9 minutes.
import { runChromium } from './chromium-perf';
import { browserSection } from './report-browser';

runChromium()
  .then((results) => {
    const { targets, body } = browserSection(results);
    process.stdout.write(`${[...targets, '', ...body].join('\n')}\n${JSON.stringify(results)}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
