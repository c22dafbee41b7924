// A build step: the content script's lazy parts (src/extension/content/lazy-chunks.ts) become ES modules with
// stable names that the classic content script imports by URL; web pages may load them and what they import
// (the content script's import() is made on the page's behalf), and nothing else.
//
// In Chrome they also open with V8's compile hint, so their functions are compiled eagerly as the file loads (on
// the thread that streams it) instead of one at a time, lazily, on the page's main thread the first time each
// is called: on an aggregator page nearly every function of detection and cleaning runs once loaded, and lazy
// compilation was 8-9 ms of the page's main thread there. The script every page runs is left lazy: on an
// ordinary page most of it never runs.
import { posix, resolve } from 'node:path';
import type { CrxPlugin } from '@crxjs/vite-plugin';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of a built chunk this step reads and writes. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  code: string;
}

type Bundle = Record<string, ChunkLike | { type: 'asset' }>;

/** The chunks named, with every chunk they import, statically or not. Names that are not chunks are skipped. */
export function importClosure(bundle: Bundle, names: readonly string[]): ChunkLike[] {
  const seen = new Map<string, ChunkLike>();
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const found = bundle[name];
    if (found?.type !== 'chunk' || seen.has(name)) continue;
    seen.set(name, found);
    queue.push(...found.imports, ...found.dynamicImports);
  }
  return [...seen.values()];
}

/**
 * The chunks a chunk imports statically, directly or through others, in the order they are evaluated (each
 * after what it imports): a part imported by URL loads one level of imports after another, each a round trip to
 * the extension's file loader (76-150 ms from import() to a loaded detection part, three levels deep), unless the
 * part itself names them all.
 */
export function staticImportsInOrder(bundle: Bundle, fileName: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>([fileName]);
  const visit = (name: string): void => {
    const found = bundle[name];
    if (found?.type !== 'chunk') return;
    for (const next of found.imports) {
      if (seen.has(next)) continue;
      seen.add(next);
      visit(next);
      if (bundle[next]?.type === 'chunk') order.push(next);
    }
  };
  visit(fileName);
  return order;
}

/**
 * `chunk` with an import of every chunk it loads statically at its top (Rollup's hoistTransitiveImports, which
 * Rolldown leaves out), so the browser fetches them all as soon as it reads the part. Listed in evaluation order,
 * they run in the order they would have.
 */
export function hoistImports(bundle: Bundle, chunk: ChunkLike): string {
  const from = posix.dirname(chunk.fileName);
  const lines = staticImportsInOrder(bundle, chunk.fileName).map((name) => {
    const path = posix.relative(from, name);
    return `import ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)};`;
  });
  return lines.length > 0 ? `${lines.join('')}\n${chunk.code}` : chunk.code;
}

const PAGES = ['http://*/*', 'https://*/*'];

/** `parts` maps each file the build writes (`content/detect.js`) to its source, relative to the root. */
export function lazyChunks(parts: Record<string, string>, { hint }: { hint: boolean }): CrxPlugin {
  let root = process.cwd();
  let files: string[] = [];
  return {
    name: 'clean-reader:lazy-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      for (const [fileName, source] of Object.entries(parts)) {
        this.emitFile({ type: 'chunk', id: resolve(root, source), fileName, preserveSignature: 'strict' });
      }
    },
    generateBundle(_options, bundle) {
      const chunks = importClosure(bundle as unknown as Bundle, Object.keys(parts));
      const missing = Object.keys(parts).filter((name) => !chunks.some((chunk) => chunk.fileName === name));
      if (missing.length > 0) this.error(`lazy chunks: ${missing.join(', ')} not built`);
      files = chunks.map((chunk) => chunk.fileName).sort();
      for (const chunk of chunks) {
        if (chunk.fileName in parts) chunk.code = hoistImports(bundle as unknown as Bundle, chunk);
      }
      if (!hint) return;
      for (const chunk of chunks) {
        if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
    // crxjs's hook, run as it writes manifest.json (after generateBundle).
    renderCrxManifest(manifest) {
      const war = manifest.web_accessible_resources ?? [];
      return { ...manifest, web_accessible_resources: [...war, { matches: PAGES, resources: files }] };
    },
  };
}
