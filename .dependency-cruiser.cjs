// The layers, checked in the lint step (npm run lint): the engine is the pure core under both apps, and the
// apps are siblings. Only what the rules below name is checked; biome checks the code itself.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment:
        'The engine takes a Document and touches no app code and no browser API (the polyfill); the DOM ' +
        "implementation (jsdom) is the caller's choice.",
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/(extension|cli|formats)/|node_modules/(webextension-polyfill|jsdom)/' },
    },
    {
      name: 'engine-without-node',
      comment: 'The engine runs in a content script and does no I/O: no Node built-ins.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'apps-are-siblings',
      comment:
        'The CLI and the extension share code through the engine and src/formats, never through each other.',
      severity: 'error',
      from: { path: '^src/(cli|extension)/' },
      // $1 is the importing app: any other app is out of bounds.
      to: { path: '^src/(cli|extension)/', pathNot: '^src/$1/' },
    },
    {
      name: 'pages-share-ui-not-popup',
      comment:
        "The extension's pages share their helpers through src/extension/ui (and shared/); nothing imports the popup.",
      severity: 'error',
      from: { path: '^src/extension/', pathNot: '^src/extension/popup/' },
      to: { path: '^src/extension/popup/' },
    },
    {
      name: 'content-script-without-page-ui',
      comment: "The content script runs in web pages: no code made for the extension's own pages.",
      severity: 'error',
      from: { path: '^src/extension/content/' },
      to: { path: '^src/extension/(ui|popup|options|reader|background)/' },
    },
    {
      name: 'formats-serve-both-apps',
      comment: 'What both apps write and read (Markdown escaping, the settings file) depends on neither.',
      severity: 'error',
      from: { path: '^src/formats/' },
      to: { path: '^src/(extension|cli)/' },
    },
    {
      name: 'shared-layers-below-stages',
      comment:
        "The engine's shared layers (core, page, text, dom, data, dedupe, labels, metadata, related) serve every " +
        'stage and import none.',
      severity: 'error',
      from: { path: '^src/engine/(core|page|text|dom|data|dedupe|labels|metadata|related)/' },
      to: { path: '^src/engine/(detection|cleaning|extraction)/' },
    },
    {
      name: 'stages-depend-downward',
      comment: 'Detection, then cleaning, then extraction: a stage imports only the stages before it.',
      severity: 'error',
      from: { path: '^src/engine/detection/' },
      to: { path: '^src/engine/(cleaning|extraction)/' },
    },
    {
      name: 'cleaning-before-extraction',
      comment: 'Cleaning runs before extraction and knows nothing of it.',
      severity: 'error',
      from: { path: '^src/engine/cleaning/' },
      to: { path: '^src/engine/extraction/' },
    },
    {
      name: 'engine-root-is-its-entry',
      comment:
        "Nothing but the public entry at the engine's root: every module belongs to a stage or a layer.",
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/engine/[^/]+$', pathNot: '^src/engine/index[.]ts$' },
    },
    {
      name: 'no-cycles',
      comment:
        'Each module can be read after the ones it imports. A lazy part loaded by import() may use the loader that ' +
        "loads it (the content script's page part loads detection and cleaning): that is no cycle at load time.",
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads the sources instead.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
