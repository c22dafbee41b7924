// `node bench/run.mjs flash`: section 7 alone (copies on screen and layout shift while pages load), printed.
import { runFlash } from './chromium-flash';
import { runFirefoxFlash } from './firefox-flash';
import { flashSection } from './flash-report';

async function main(): Promise<void> {
  const rows = await runFlash();
  const firefox = await runFirefoxFlash();
  process.stdout.write(`${flashSection(rows, firefox).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
