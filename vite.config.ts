// Builds the extension for one browser per mode: `vite build --mode chrome` → dist/chrome,
// `vite build --mode firefox` → dist/firefox. manifest.json is the single source; the differences between
// the browsers are applied here and nowhere else.
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { builtInMatches } from './scripts/built-in-matches.ts';
import { lazyChunks } from './scripts/lazy-chunks.ts';
import { LAZY_CHUNKS, type LazyName, lazyFile } from './src/extension/content/lazy-chunks.ts';

type Browser = 'chrome' | 'firefox';
interface Background {
  service_worker?: string;
  scripts?: string[];
  type?: string;
}
interface ContentScript {
  matches: string[];
  js: string[];
  run_at?: string;
}
type Manifest = Record<string, unknown> & {
  background: Background;
  content_scripts: ContentScript[];
  permissions: string[];
  commands: Record<string, unknown>;
  action: { default_icon: Record<string, string> };
};

const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];

function browserFor(mode: string): Browser {
  const browser = BROWSERS.find((name) => name === mode);
  if (!browser) throw new Error(`Unknown mode "${mode}": use --mode chrome or --mode firefox`);
  return browser;
}

const CONTENT_SCRIPT = 'src/extension/content/index.ts';
const BUNDLED_PARTS = 'src/extension/content/bundled-parts.ts';

/**
 * On the hosts of the built-in list the cleaning code comes with the page (content/bundled-parts.ts): one more
 * content script, before the one every page runs, so its parts are there when that one first asks. Derived
 * here, not written in manifest.json, so the list of hosts has one home.
 */
function withBundledParts(manifest: Manifest): Manifest {
  const parts: ContentScript = { matches: builtInMatches(), js: [BUNDLED_PARTS], run_at: 'document_start' };
  return { ...manifest, content_scripts: [parts, ...manifest.content_scripts] };
}

/** Firefox runs MV3 backgrounds as event pages (background.scripts) and ignores Chrome's minimum version;
 * Chrome warns about browser_specific_settings, which only Firefox reads. */
/** The side panel's page (panel/main.ts hands over to the popup's page in its panel mode). */
const PANEL = 'src/extension/panel/index.html';
const PANEL_COMMAND = { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPanel__' };

/**
 * The side panel is Chrome's side_panel, opened by the background on its command, and Firefox's sidebar_action,
 * whose command the browser handles itself.
 */
function manifestFor(browser: Browser): Manifest {
  const { browser_specific_settings, minimum_chrome_version, ...common } = JSON.parse(
    readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'),
  ) as Manifest;
  if (browser === 'chrome')
    return {
      ...common,
      permissions: [...common.permissions, 'sidePanel'],
      side_panel: { default_path: PANEL },
      commands: { ...common.commands, 'open-side-panel': PANEL_COMMAND },
      minimum_chrome_version,
    };
  const { service_worker, type } = common.background;
  return {
    ...common,
    background: { scripts: service_worker ? [service_worker] : [], type },
    // Firefox opens an extension's sidebar when it is installed, unasked: the reader opens it (popup, shortcut).
    sidebar_action: {
      default_panel: PANEL,
      default_title: '__MSG_extName__',
      default_icon: common.action.default_icon,
      open_at_install: false,
    },
    commands: { ...common.commands, _execute_sidebar_action: PANEL_COMMAND },
    browser_specific_settings,
  };
}

/**
 * The engine's code that the content script's lazy parts share is one chunk, not the dozen small ones the
 * bundler cuts by who imports what: each file a part imports by URL is a request to the extension's file loader,
 * and Chromium spends 1-10 ms of the page's main thread on each (a 0.7 KB file as long as a 17 KB one). On an
 * aggregator page 16 files became 9, and that time 19-23 ms to 6-9 (trace tool, collapsed-continue, 3 runs of 7
 * loads each). The background's text scan keeps a chunk of its own, so the service worker does not load the rest;
 * extraction stays out, as only the popup's answer needs it.
 */
const ENGINE_GROUPS = [
  { name: 'scan', test: /\/src\/engine\/(?:detection\/signals\/quick-scan|text\/fold)\.ts$/, priority: 2 },
  { name: 'engine', test: /\/src\/engine\/(?!extraction\/)/, priority: 1 },
];

const lazyParts = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(LAZY_CHUNKS).map(([name, source]) => [lazyFile(name as LazyName), source]),
  );

export default defineConfig(({ mode, command }) => {
  const browser = browserFor(mode);
  return {
    define: {
      // Rendering differs: see keeper.ts, CONTAIN_WHILE_LEAVING.
      __CONTAIN_WHILE_LEAVING__: JSON.stringify(browser === 'chrome'),
      __LAZY_BY_URL__: 'true',
    },
    build: {
      // The dev server writes a loader that needs it running: keep it out of the release folder.
      outDir: command === 'serve' ? `dist/dev-${browser}` : `dist/${browser}`,
      emptyOutDir: true,
      // Extension pages (popup, reader, options) name every chunk they import statically in <link
      // rel="modulepreload"> tags, so the browser fetches the whole graph at once instead of one level of
      // imports after another (each level costs a round trip to the extension's file loader). A dynamic import
      // preloads nothing: the helper would add those tags to the head of the web page a content script runs in.
      modulePreload: {
        polyfill: false,
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
      },
      target: browser === 'chrome' ? 'chrome121' : 'firefox128',
      sourcemap: false,
      // The reader tab is opened by URL, not named in the manifest, so it is listed as an entry of its own; so is
      // the panel, whose Firefox key (sidebar_action) crxjs does not read.
      rollupOptions: {
        input: { reader: 'src/extension/reader/index.html', panel: PANEL },
        output: { codeSplitting: { groups: ENGINE_GROUPS } },
      },
    },
    plugins: [
      crx({
        manifest: withBundledParts(manifestFor(browser)) as unknown as ManifestV3Export,
        browser,
        // One classic script, not a module behind crxjs's import() loader (see content/lazy-chunks.ts). Firefox
        // once kept the loader after two content scripts that never answered; the listener no longer waits on
        // storage (content/settings-within.ts), and 100 reloads after a resize all answered.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT, BUNDLED_PARTS] },
      }),
      // Only V8 reads the compile hint; Firefox would carry a comment it ignores.
      lazyChunks(lazyParts(), { hint: browser === 'chrome' }),
    ],
  };
});
