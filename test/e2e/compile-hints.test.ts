// The content script as built: one classic script every page runs (no import() loader, no compile hint: most of
// it never runs on an ordinary page), and its lazy parts as ES modules with stable names, imported by URL; in
// Chrome every file those parts load opens with V8's compile hint, and web pages may load exactly those files.
// On the hosts of the built-in list one more classic script, run first, carries the parts a clean needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtInMatches } from '../../scripts/built-in-matches';
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
  for (const [, path] of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["']([^"']+)["']/g)) {
    loaded(dir, join(file, '..', path!), seen);
  }
  return seen;
}

const manifest = (dir: string) =>
  JSON.parse(read(dir, 'manifest.json')) as {
    content_scripts: { js: string[]; matches: string[]; run_at: string }[];
    background: { service_worker?: string; scripts?: string[] };
    web_accessible_resources: { resources: string[] }[];
  };

describe.each(Object.entries(DIST))('content script built for %s', (browser, dir) => {
  beforeAll(() => ensureBuilt());

  /** The script every page runs: the one entry matching every page. */
  const everyPage = () => {
    const entries = manifest(dir).content_scripts.filter((entry) => entry.matches.includes('https://*/*'));
    expect(entries.map((entry) => entry.js.length)).toEqual([1]);
    return entries[0]!.js[0]!;
  };

  test('every page runs one classic script, which imports only its lazy parts, by URL', () => {
    const code = read(dir, everyPage());
    expect(code).not.toMatch(/^\s*(?:import|export)\b|[;}\n]\s*(?:import\s*[{*\w]|export\s*[{*])/);
    expect([...code.matchAll(/\bimport\s*\(/g)]).toHaveLength(1);
    expect(code).toContain('runtime.getURL(');
    expect(code.startsWith(COMPILE_HINT)).toBe(false);
    // The whole start-up script, not a loader of a line.
    expect(code.length).toBeGreaterThan(10_000);
  });

  test('no file the content script loads holds webextension-polyfill', () => {
    const scripts = manifest(dir).content_scripts.flatMap((entry) => entry.js);
    const code = [
      ...scripts.map((file) => read(dir, file)),
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

  test('on the hosts of the built-in list, one classic script carrying the parts runs first', () => {
    const [first, second] = manifest(dir).content_scripts;
    expect(first!.matches.sort()).toEqual(builtInMatches().sort());
    expect(first!.matches).toContain('*://*.worldnewsera.com/*');
    expect(first!.run_at).toBe('document_start');
    expect(second!.js).toEqual([everyPage()]);
    const code = read(dir, first!.js[0]!);
    expect(code).not.toMatch(/^\s*(?:import|export)\b|[;}\n]\s*(?:import\s*[{*\w]|export\s*[{*])/);
    // It leaves the parts where the start-up script looks for them, and the page part is in it.
    expect(code).toContain('clean-reader.parts');
    expect(code).toContain('show-original');
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

  // The engine chunk is what the content script's lazy parts share (vite.config.ts, ENGINE_GROUPS); the service
  // worker, woken for every page's text, loads only the scan's own chunk. A module the background comes to
  // import that the scan group does not name would pull the whole engine into it, unseen.
  test('the background loads the text scan, not the engine chunk the lazy parts share', () => {
    const { background } = manifest(dir);
    const entries = background.service_worker ? [background.service_worker] : (background.scripts ?? []);
    const files = entries.flatMap((entry) => [...loaded(dir, entry)]);
    expect(files.filter((file) => /(?:^|\/)scan-[\w-]+\.js$/.test(file))).toHaveLength(1);
    expect(files.filter((file) => /(?:^|\/)engine-[\w-]+\.js$/.test(file))).toEqual([]);
  });
});
