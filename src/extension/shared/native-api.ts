// The browser's own extension API, for code that runs on every page load (the content script and what it
// imports). webextension-polyfill is bundled as CommonJS there, and the bundler's interop copies its namespace's
// properties, which instantiates every API of the page's isolated world: about 3 ms per page load in Chromium,
// more than the rest of the script's start. What this code uses is promise-based natively in both browsers
// under Manifest V3 (storage, runtime and tabs messaging); message replies go through sendResponse, which both support.
import type { Browser } from 'webextension-polyfill';

type Native = Pick<Browser, 'runtime' | 'storage' | 'tabs'>;

/** `browser` where the browser defines it (Firefox), `chrome` otherwise; read on use, not on import. */
export function nativeApi(): Native {
  const scope = globalThis as { browser?: Native; chrome?: Native };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Not running in a browser extension');
  return api;
}
