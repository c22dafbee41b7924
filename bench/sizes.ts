// Section 4: raw and gzip bytes of every built file, and what loads on every page: the manifest's content
// script, one classic script, with any file it names by URL or imports statically (its import() of a lazy part
// is left out: those load only when detection, cleaning or the popup asks).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './pages';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  startup: boolean;
}

const DIST = join(ROOT, 'dist', 'chrome');
const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+)["']/g;
const LOADER_IMPORT = /getURL\(\s*["']([^"']+)["']\s*\)/g;

export function builtSizes(): FileSize[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const startup = new Set<string>();
  const visit = (file: string): void => {
    if (startup.has(file)) return;
    startup.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(LOADER_IMPORT)) visit(m[1]!);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(STATIC_IMPORT)) visit(`${dir}${m[1]!}`);
  };
  for (const script of manifest.content_scripts) for (const js of script.js) visit(js);
  return walk(DIST)
    .filter((file) => /\.(m?js|css|html)$/.test(file))
    .map((path) => {
      const file = relative(DIST, path);
      const bytes = readFileSync(path);
      return {
        file,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        startup: startup.has(file),
      };
    })
    .sort((a, b) => Number(b.startup) - Number(a.startup) || b.gzip - a.gzip);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
