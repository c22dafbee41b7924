// Runs after `npm ci` / `npm install` so `npm start` works on a fresh checkout: builds the CLI bundle.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

let vite;
try {
  vite = await import('vite');
} catch {
  // A production install (--omit=dev) has no build tools; the launcher explains what to do.
  console.warn('prepare: vite is not installed; skipping the CLI build');
  process.exit(0);
}
await vite.build({ root, configFile: `${root}vite.cli.config.ts`, logLevel: 'warn' });
console.log('prepare: built dist/cli/main.mjs');
