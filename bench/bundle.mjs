// Node 20 cannot run TypeScript: a benchmark entry is bundled with Vite, then run in a child process.
// jsdom, Readability and playwright-core stay external, as in the CLI build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');

/**
 * Bundles bench/<entry> into bench/.out/<name>/main.mjs (three levels deep, so the e2e helpers' ROOT, three
 * folders up, is the repo here too) and runs it with `nodeArgs` before and `args` after; exits with its status.
 */
export async function bundleAndRun(entry, name, nodeArgs = [], args = []) {
  const outDir = join(root, 'bench', '.out', name);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: join(root, 'bench', entry),
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'main.mjs' } },
    },
    ssr: { target: 'node', external: ['jsdom', '@mozilla/readability', 'playwright-core'] },
  });
  const result = spawnSync(process.execPath, [...nodeArgs, join(outDir, 'main.mjs'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
