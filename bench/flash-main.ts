// `node bench/run.mjs flash`: section 7 alone (copies on screen and layout shift while pages load), printed.
import { runFlash } from './chromium-flash';
import { flashSection } from './flash-report';

runFlash()
  .then((rows) => process.stdout.write(`${flashSection(rows).join('\n')}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
