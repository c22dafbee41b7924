// The built extension, as the stores receive it: a strict CSP for extension pages, no code fetched from
// anywhere, no string-to-code (eval, new Function, string timers), no way for web pages to message it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, ensureBuilt } from './support/build';

const CSP = "script-src 'self'; object-src 'none'";

/** Code built from strings, or loaded from a URL: none may appear in a shipped file. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
  ['remote script tag', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
];

/** The only absolute URLs the bundles may hold: XML namespace names (the sanitiser's namespace check), which are never fetched. */
const NAMESPACES = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe.each(Object.entries(DIST))('built extension for %s', (_, dir) => {
  beforeAll(() => ensureBuilt());

  test('extension pages run under a strict CSP; no page or extension can message it', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  test('no bundle builds code from strings or loads code from elsewhere', () => {
    const code = files(dir).filter((file) => /\.(?:m?js|html)$/.test(file));
    expect(code.length).toBeGreaterThan(3);
    const found = code.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
      const urls = [...text.matchAll(/\bhttps?:\/\/[\w.-]+(?:\/[\w./-]*)?/g)]
        .map(([url]) => url.replace(/\/$/, ''))
        .filter((url) => !NAMESPACES.has(url));
      return [...hits, ...urls].map((hit) => `${file.slice(dir.length + 1)}: ${hit}`);
    });
    expect(found).toEqual([]);
  });
});
