// The e2e tests drive the built extension. They build it first when dist/ is missing or older than any of
// its sources, so `npm run test:e2e` works on its own and is cheap after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

const SOURCES = [
  'src/engine',
  'src/extension',
  'public',
  'manifest.json',
  'vite.config.ts',
  'scripts/lazy-chunks.ts',
  'scripts/built-in-matches.ts',
  'package.json',
];
const OUTPUTS = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'];

export const DIST = { chrome: join(ROOT, 'dist', 'chrome'), firefox: join(ROOT, 'dist', 'firefox') };

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export function ensureBuilt(): void {
  const outputs = OUTPUTS.map((file) => join(ROOT, file));
  const sources = SOURCES.map((file) => join(ROOT, file)).filter((file) => existsSync(file));
  const built = outputs.every((file) => existsSync(file))
    ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
    : 0;
  if (built > Math.max(...sources.map(newestMtime))) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
