// Tag sets used to read a page's structure without layout (jsdom and the CLI have no layout engine).

/** Elements that start a new block of text when rendered. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'NOSCRIPT',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'CENTER',
  'BODY',
]);

/** Subtrees whose text is never shown as page text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  // Never rendered, even when malformed markup leaves one in the body.
  'TITLE',
  'STYLE',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Elements that show something even without text. */
export const MEDIA_TAGS = new Set([
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'SVG',
  'svg',
  'CANVAS',
  'EMBED',
  'OBJECT',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'MATH',
  'math',
]);

/** Containers the cleanup must never remove whole. */
export const STRUCTURAL_TAGS = new Set(['HTML', 'BODY', 'MAIN']);
