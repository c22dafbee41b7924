// The Chrome build's compile hints, on the files as built: what the content script imports on demand opens with
// V8's hint, what every page loads does not (most of it never runs on an ordinary page), and Firefox gets none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { COMPILE_HINT } from '../../scripts/compile-hints';
import { DIST, ensureBuilt } from './support/build';

const ASSETS = { chrome: join(DIST.chrome, 'assets'), firefox: join(DIST.firefox, 'assets') };

function contentChunk(assets: string): string {
  const name = readdirSync(assets).find((file) => file.startsWith('src-extension-content-index.ts-'));
  if (!name) throw new Error(`no content script chunk in ${assets}`);
  return readFileSync(join(assets, name), 'utf8');
}

const hinted = (assets: string, file: string) =>
  readFileSync(join(assets, file), 'utf8').startsWith(`${COMPILE_HINT}\n`);

describe('compile hints', () => {
  beforeAll(() => ensureBuilt());

  test('Chrome: chunks the content script imports on demand are hinted, those every page loads are not', () => {
    const code = contentChunk(ASSETS.chrome);
    const onDemand = [...code.matchAll(/import\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g)].map((m) => m[1]!);
    const startup = [...code.matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]!);
    expect(onDemand.length).toBeGreaterThanOrEqual(3);
    expect(startup.length).toBeGreaterThanOrEqual(1);
    expect(onDemand.filter((file) => !hinted(ASSETS.chrome, file))).toEqual([]);
    expect(startup.filter((file) => hinted(ASSETS.chrome, file))).toEqual([]);
    expect(code.startsWith(COMPILE_HINT)).toBe(false);
  });

  test('Firefox: no file carries the hint', () => {
    const files = readdirSync(ASSETS.firefox).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((file) => hinted(ASSETS.firefox, file))).toEqual([]);
  });
});
