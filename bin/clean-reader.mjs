#!/usr/bin/env node
// Launcher for the bundled CLI (src/cli/main.ts -> dist/cli/main.mjs, built by `npm run build:cli`).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('clean-reader: the CLI is not built yet; run `npm run build:cli` first\n');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
