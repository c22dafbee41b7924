// The parts of the content script that not every page needs, each built as an ES module with a stable name,
// `content/<name>.js` (scripts/lazy-chunks.ts), and imported by URL when first needed (lazy.ts). In Chrome the
// script every page runs is one classic script: loaded as a module through import(), as a bundler's loader does,
// it started 207-254 ms after navigation, after the page had painted its copies (docs/benchmarks.md section 7).
// In Firefox its first line ran after the first frames too (113 ms median with copies on screen on a host of the
// built-in list); one classic script there too, it holds them from the first bytes.
export const LAZY_CHUNKS = {
  detect: 'src/engine/detection/index.ts',
  clean: 'src/engine/cleaning/index.ts',
  rules: 'src/engine/cleaning/rules/index.ts',
  extract: 'src/engine/extraction/index.ts',
  visibility: 'src/extension/content/visibility/index.ts',
  page: 'src/extension/content/page/index.ts',
} as const;

export type LazyName = keyof typeof LAZY_CHUNKS;

/** Where the build puts a lazy part, relative to the extension's root. */
export const lazyFile = (name: LazyName): string => `content/${name}.js`;
