// Rebuilds article HTML in the popup from an allowlist. The engine already rebuilt it from its own allowlist; this
// second, independent pass means the popup (an extension page with browser APIs) never renders a page's
// markup directly: the HTML is parsed inert by DOMParser and only known-safe elements and attributes are
// recreated.
import { webUrl } from './web-url';

/** Elements recreated as they are. Anything else not in DROPPED is unwrapped: its children are kept. */
const ALLOWED_TAGS = new Set(
  'a abbr article b blockquote br caption cite code dd del dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins li mark ol p pre q s section small span strong sub sup table tbody td tfoot th thead time tr u ul'.split(
    ' ',
  ),
);

/** Elements dropped with their content: active content, forms and embedded documents. */
const DROPPED_TAGS = new Set(
  'audio base button canvas embed form frame frameset iframe input link math meta noscript object script select style svg template textarea video'.split(
    ' ',
  ),
);

const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
  time: ['datetime'],
};

const URL_ATTRIBUTES = new Set(['href', 'src']);

function copyAttributes(from: Element, to: Element, base: string | undefined): void {
  const tag = to.localName;
  const allowed = [...(ALLOWED_ATTRIBUTES['*'] ?? []), ...(ALLOWED_ATTRIBUTES[tag] ?? [])];
  for (const name of allowed) {
    const value = from.getAttribute(name);
    if (value === null) continue;
    const safe = URL_ATTRIBUTES.has(name) ? webUrl(value, base) : value;
    if (safe !== null) to.setAttribute(name, safe);
  }
  if (tag === 'a') {
    to.setAttribute('target', '_blank');
    to.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'img') {
    to.setAttribute('loading', 'lazy');
    to.setAttribute('referrerpolicy', 'no-referrer');
  }
}

function rebuild(source: Node, target: Node, doc: Document, base: string | undefined): void {
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = (child as Element).localName;
    if (DROPPED_TAGS.has(tag)) continue;
    if (!ALLOWED_TAGS.has(tag)) {
      rebuild(child, target, doc, base);
      continue;
    }
    const element = doc.createElement(tag);
    copyAttributes(child as Element, element, base);
    rebuild(child, element, doc, base);
    target.appendChild(element);
  }
}

/** A fragment of `doc` holding the safe part of `html`; relative URLs resolve against `base`. */
export function safeFragment(html: string, doc: Document, base?: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  rebuild(parsed.body, fragment, doc, base);
  return fragment;
}
