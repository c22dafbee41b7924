// A build step for Chrome: the chunks a content script loads on demand open with V8's compile hint, so their
// functions are compiled eagerly as the file loads (on the thread that streams it) instead of one at a time,
// lazily, on the page's main thread the first time each is called. On an aggregator page nearly every function
// of detection and cleaning runs once loaded: lazy compilation was 8-9 ms of the page's main thread there.
// The code every page loads (the gate) is left lazy: on an ordinary page most of it never runs.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of a built chunk this step reads and writes. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  code: string;
}

type Bundle = Record<string, ChunkLike | { type: 'asset' }>;

/**
 * The chunks `entry` imports dynamically, with everything they import in turn, less what the entry loads
 * statically (the code every page runs). Names that are not chunks (assets, externals) are skipped.
 */
export function onDemandChunks(bundle: Bundle, entry: ChunkLike): ChunkLike[] {
  const closure = (start: string[], follow: (c: ChunkLike) => string[]) => {
    const seen = new Map<string, ChunkLike>();
    const queue = [...start];
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const found = bundle[name];
      if (found?.type !== 'chunk' || seen.has(name)) continue;
      seen.set(name, found);
      queue.push(...follow(found));
    }
    return seen;
  };
  const startup = closure([entry.fileName], (c) => c.imports);
  const lazy = closure(entry.dynamicImports, (c) => [...c.imports, ...c.dynamicImports]);
  return [...lazy.values()].filter((chunk) => !startup.has(chunk.fileName));
}

/** Prepends the hint to the on-demand chunks of the entry whose source path ends with `entrySource`. */
export function compileHints(entrySource: string): Plugin {
  return {
    name: 'clean-reader:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Bundle;
      const entry = Object.values(chunks).find(
        (c): c is ChunkLike => c.type === 'chunk' && (c.facadeModuleId?.endsWith(entrySource) ?? false),
      );
      if (!entry) this.error(`compile hints: no chunk is built from ${entrySource}`);
      for (const chunk of onDemandChunks(chunks, entry)) {
        if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}
