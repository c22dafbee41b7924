// `npm run bench`: bundles the TypeScript benchmark (Node 20 cannot run TS) with Vite, then runs it.
// jsdom, Readability and playwright-core stay external, as in the CLI build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
// Three levels deep, so the e2e helpers' ROOT (three folders up) is the repo here too.
const outDir = join(root, 'bench', '.out', 'node');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: join(root, 'bench', 'main.ts'),
    target: 'node20',
    outDir,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
  },
  ssr: { target: 'node', external: ['jsdom', '@mozilla/readability', 'playwright-core'] },
});
const result = spawnSync(
  process.execPath,
  ['--expose-gc', join(outDir, 'main.mjs'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
