// Loads a lazy part of the content script once, on first use. In the built extension a part is imported by URL
// from the extension's files (lazy-chunks.ts says why), unless the page's other content script has brought it
// already (on a host of the built-in list: bundled-parts.ts); under the unit tests, which run the sources, from
// its source module.
import { nativeApi } from '../shared/native-api';
import { type LazyName, lazyFile } from './lazy-chunks';

// Set by vite.config.ts; the build drops the source imports below, which would otherwise be inlined.
declare const __LAZY_BY_URL__: boolean | undefined;
const BY_URL = typeof __LAZY_BY_URL__ !== 'undefined' && __LAZY_BY_URL__;

const FROM_SOURCE = {
  detect: () => import('../../engine/detection'),
  clean: () => import('../../engine/cleaning'),
  rules: () => import('../../engine/cleaning/rules'),
  extract: () => import('../../engine/extraction'),
  visibility: () => import('./visibility'),
  page: () => import('./page'),
} satisfies Record<LazyName, () => Promise<unknown>>;

/** Each part's module, as its source exports it: the same module the built file is. */
type Parts = { [K in LazyName]: Awaited<ReturnType<(typeof FROM_SOURCE)[K]>> };

const loading = new Map<LazyName, Promise<unknown>>();

/**
 * Where a content script that carries parts leaves them for this one: the two are separate bundles, sharing
 * only the isolated world's globals (which the page's own scripts, in their own world, never see).
 */
const PROVIDED = Symbol.for('clean-reader.parts');
type Provided = { [PROVIDED]?: Partial<Parts> };

/** Leaves parts for load() to take instead of importing them (bundled-parts.ts). */
export function provideParts(parts: Partial<Parts>): void {
  (globalThis as Provided)[PROVIDED] = parts;
}

/** A part the other content script has brought, at once; undefined where none was brought. */
export function provided<K extends LazyName>(name: K): Parts[K] | undefined {
  return (globalThis as Provided)[PROVIDED]?.[name] as Parts[K] | undefined;
}

export function load<K extends LazyName>(name: K): Promise<Parts[K]> {
  let part = loading.get(name);
  if (!part) {
    const brought = provided(name);
    part = brought
      ? Promise.resolve(brought)
      : BY_URL
        ? import(/* @vite-ignore */ nativeApi().runtime.getURL(lazyFile(name)))
        : FROM_SOURCE[name]();
    // A failed load is tried again on the next use, and reported by the code that awaits it.
    part.catch(() => loading.delete(name));
    loading.set(name, part);
  }
  return part as Promise<Parts[K]>;
}
