// `node bench/run-chromium.mjs`: section 3 alone (real Chromium), printed as JSON, without the ~9 minutes of
// the engine sections. Bundled like bench/run.mjs, into the same folder depth (the e2e helpers' ROOT).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'bench', '.out', 'chromium');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: join(root, 'bench', 'chromium-main.ts'),
    target: 'node20',
    outDir,
    emptyOutDir: true,
    minify: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
  },
  ssr: { target: 'node', external: ['jsdom', '@mozilla/readability', 'dompurify', 'playwright-core'] },
});
const result = spawnSync(process.execPath, [join(outDir, 'main.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
