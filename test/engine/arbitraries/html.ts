// Random, often malformed, HTML fragments: unclosed and stray tags, odd nesting, huge attributes, frames,
// hostile markup. Generated as strings so the real parser (jsdom, happy-dom) does the repairing.
import fc from 'fast-check';
import { aggregatorText, oddText, paragraph, word } from './words';

// No <template>: inside <svg> it crashes happy-dom's own serialiser (not the engine); the XSS corpus covers it on jsdom.
const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'h1',
  'h2',
  'h3',
  'a',
  'b',
  'em',
  'blockquote',
  'figure',
  'figcaption',
  'noscript',
  'details',
  'summary',
  'pre',
  'form',
  'button',
  'select',
  'option',
  'svg',
  'math',
  'iframe',
  'frameset',
  'frame',
  'object',
  'textarea',
  'style',
  'script',
  'title',
  'body',
  'html',
  'head',
  'xmp',
  'plaintext-not',
  'custom-element',
  'x:y',
];

const ATTRIBUTES = [
  'class',
  'id',
  'style',
  'hidden',
  'aria-hidden',
  'href',
  'src',
  'onclick',
  'onerror',
  'title',
  'lang',
  'dir',
  'data-x',
  'srcdoc',
  'role',
  'itemprop',
];

const attributeValue = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: oddText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'display:none',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/x',
      '#top',
      '/r/1',
    ),
  },
  // Huge values: a template that stuffs state into attributes must not slow or break anything.
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 8_000 }).map((n) => 'x'.repeat(n)) },
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), attributeValue, fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => {
    const escaped =
      quote === '"'
        ? value.replaceAll('"', '&quot;')
        : quote === "'"
          ? value.replaceAll("'", '&#39;')
          : value.replace(/[\s>]/g, '');
    return ` ${name}=${quote}${escaped}${quote}`;
  });

const text = fc.oneof({ weight: 4, arbitrary: paragraph }, aggregatorText, oddText);

/** A nest of one tag `depth` deep, closed or not: the engine's walks must not recurse into a stack overflow. */
const deepNest = fc
  .tuple(
    fc.constantFrom('div', 'span', 'b', 'section'),
    fc.integer({ min: 20, max: 120 }),
    fc.boolean(),
    paragraph,
  )
  .map(
    ([tag, depth, close, inner]) =>
      `<${tag}>`.repeat(depth) + inner + (close ? `</${tag}>`.repeat(depth) : ''),
  );

const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: text },
    { weight: 4, arbitrary: tie('element') },
    { weight: 1, arbitrary: deepNest },
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(tie('node'), { maxLength: 2 }),
      // Unclosed, closed, or closed twice / with a stray close of another tag.
      fc.constantFrom('close', 'close', 'open', 'stray'),
    )
    .map(([tag, attrs, children, ending]) => {
      const open = `<${tag}${attrs.join('')}>${children.join('')}`;
      if (ending === 'open') return open;
      if (ending === 'stray') return `${open}</p></${tag}></div>`;
      return `${open}</${tag}>`;
    }),
}));

/** Any HTML fragment, from empty to a few kilobytes (occasionally far more through huge attributes). */
export const fragment = fc.array(node, { maxLength: 3 }).map((nodes) => nodes.join(''));
