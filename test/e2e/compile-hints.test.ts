// The content script as built: one classic script every page runs (no import() loader, no compile hint: most of
// it never runs on an ordinary page), and its lazy parts as ES modules with stable names, imported by URL; in
// Chrome every file those parts load opens with V8's compile hint, and web pages may load exactly those files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { COMPILE_HINT } from '../../scripts/lazy-chunks';
import { LAZY_CHUNKS, type LazyName, lazyFile } from '../../src/extension/content/lazy-chunks';
import { DIST, ensureBuilt } from './support/build';

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const hinted = (dir: string, file: string) => read(dir, file).startsWith(`${COMPILE_HINT}\n`);
const PARTS = Object.keys(LAZY_CHUNKS).map((name) => lazyFile(name as LazyName));

/** The files a lazy part loads: its own and every file it imports, statically or not, followed through. */
function loaded(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(dir, file);
  for (const [, path] of code.matchAll(/(?:from\s*|import\s*\(\s*)["']([^"']+)["']/g)) {
    loaded(dir, join(file, '..', path!), seen);
  }
  return seen;
}

const manifest = (dir: string) =>
  JSON.parse(read(dir, 'manifest.json')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources: { resources: string[] }[];
  };

describe.each(Object.entries(DIST))('content script built for %s', (browser, dir) => {
  beforeAll(() => ensureBuilt());

  test('every page runs one classic script, which imports only its lazy parts, by URL', () => {
    const scripts = manifest(dir).content_scripts.flatMap((script) => script.js);
    expect(scripts).toHaveLength(1);
    const code = read(dir, scripts[0]!);
    expect(code).not.toMatch(/^\s*(?:import|export)\b|[;}\n]\s*(?:import\s*[{*\w]|export\s*[{*])/);
    expect([...code.matchAll(/\bimport\s*\(/g)]).toHaveLength(1);
    expect(code).toContain('runtime.getURL(');
    expect(code.startsWith(COMPILE_HINT)).toBe(false);
    // The whole start-up script, not a loader of a line.
    expect(code.length).toBeGreaterThan(10_000);
  });

  test('no file the content script loads holds webextension-polyfill', () => {
    const script = read(dir, manifest(dir).content_scripts[0]!.js[0]!);
    const code = [
      script,
      ...[...new Set(PARTS.flatMap((file) => [...loaded(dir, file)]))].map((file) => read(dir, file)),
    ];
    expect(code.length).toBeGreaterThan(1);
    // The polyfill's own guard: its module instantiates every API of the page's world (native-api.ts).
    expect(code.filter((text) => text.includes('should only be loaded in a browser extension'))).toEqual([]);
  });

  test('web pages may load the lazy parts and what they import, and nothing else', () => {
    const files = new Set(PARTS.flatMap((part) => [...loaded(dir, part)]));
    expect(files.size).toBeGreaterThan(PARTS.length);
    const exposed = manifest(dir).web_accessible_resources.flatMap((war) => war.resources);
    expect(exposed.sort()).toEqual([...files].sort());
  });

  test(
    browser === 'chrome' ? 'each of those files opens with the compile hint' : 'no file carries the hint',
    () => {
      const files = [...new Set(PARTS.flatMap((part) => [...loaded(dir, part)]))];
      expect(files.filter((file) => hinted(dir, file) !== (browser === 'chrome'))).toEqual([]);
      const assets = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.js'));
      if (browser === 'firefox') expect(assets.filter((file) => hinted(dir, `assets/${file}`))).toEqual([]);
    },
  );
});
