// What an extracted article may contain: an allowlist. Anything else is unwrapped (its text kept) or, for active
// content, embedded documents and foreign markup, dropped with everything inside it.

/** Elements recreated as they are. */
export const ARTICLE_TAGS: ReadonlySet<string> = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup data dd del details dfn ' +
    'div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark nav ol p pre q ' +
    'rp rt ruby s samp section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/**
 * Elements dropped with their content: scripts and styles, forms, frames and embeds, media players, and the
 * foreign (svg, math) and raw-text elements where serialising and parsing again can change meaning (mXSS).
 */
export const DROPPED_TAGS: ReadonlySet<string> = new Set(
  (
    'applet audio base basefont button canvas dialog embed form frame frameset iframe input keygen link math ' +
    'menu meta noembed noframes noscript object param picture plaintext portal script select slot source style ' +
    'svg template textarea title track video xmp'
  ).split(' '),
);

/** Attributes kept, per element ('*' = every element). URLs are checked separately. */
export const ARTICLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  data: ['value'],
  q: ['cite'],
  blockquote: ['cite'],
};

/** Links may lead to the web or within the page; images load only from the web. */
export const SAFE_URL: Readonly<Record<string, RegExp>> = {
  href: /^(?:https?:|#)/i,
  src: /^https?:/i,
  cite: /^https?:/i,
};
