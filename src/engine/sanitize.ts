// The article leaves the engine as sanitised HTML: the popup and reader tab (extension pages) and the CLI's
// output all render it. It is rebuilt from an allowlist into a fresh inert document: only elements and
// attributes named in data/article-markup.ts are ever created, so nothing the page wrote (handlers, styles,
// unknown attributes, clobbering names) can come along, and no parse of page markup is needed.
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS, DROPPED_TAGS, SAFE_URL } from './data/article-markup';
import { flatText } from './dom/flat-text';
import { paragraphsIn } from './paragraphs';

export interface SanitizedArticle {
  html: string;
  /** The visible text blocks, in order. */
  paragraphs: string[];
}

/**
 * Deeper than this, an element's subtree is kept as its text alone. Browsers' parsers flatten at 512 levels;
 * DOM libraries serialise recursively and overflow long before a hostile page's 5,000.
 */
const MAX_DEPTH = 256;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** The article element as safe HTML, and its paragraphs read from the same safe tree. */
export function sanitizeArticle(doc: Document, content: Element | null): SanitizedArticle {
  if (!content) return { html: '', paragraphs: [] };
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.createElement('div');
  rebuild(content, root, inert);
  return { html: root.innerHTML, paragraphs: paragraphsIn(root) };
}

/** Sanitised copy of untrusted HTML, parsed in an inert document that runs and loads nothing. */
export function sanitizeHtml(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return sanitizeArticle(doc, inert.body).html;
}

// An explicit stack, not recursion: a page nested thousands of levels deep must not overflow it.
function rebuild(source: Element, target: Element, doc: Document): void {
  const stack: [Node, Node, number][] = [[source, target, 0]];
  // Unknown wrappers are built as placeholders and dissolved at the end, which keeps their text in order.
  const placeholders: Element[] = [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [from, to, depth] = entry;
    const children = from.childNodes;
    // Pushed in reverse so they are visited, and appended, in document order.
    const pending: [Node, Node, number][] = [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Node;
      if (child.nodeType === TEXT || child.nodeType === CDATA) {
        to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const element = child as Element;
      const tag = element.localName.toLowerCase();
      if (DROPPED_TAGS.has(tag) || element.hasAttribute('hidden')) continue;
      if (depth >= MAX_DEPTH) {
        to.appendChild(doc.createTextNode(flatText(element)));
        continue;
      }
      if (!ARTICLE_TAGS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
        // Unknown wrappers (custom elements, <center>, <font>) give up their tag, not their text.
        const holder = doc.createElement('span');
        placeholders.push(holder);
        to.appendChild(holder);
        pending.push([element, holder, depth + 1]);
        continue;
      }
      const copy = doc.createElement(tag);
      copyAttributes(element, copy, tag);
      to.appendChild(copy);
      pending.push([element, copy, depth + 1]);
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i] as [Node, Node, number]);
  }
  for (const holder of placeholders) holder.replaceWith(...holder.childNodes);
}

function copyAttributes(from: Element, to: Element, tag: string): void {
  for (const names of [ARTICLE_ATTRIBUTES['*'], ARTICLE_ATTRIBUTES[tag]]) {
    for (const name of names ?? []) {
      const value = from.getAttribute(name);
      if (value === null) continue;
      const rule = SAFE_URL[name];
      if (rule && !rule.test(value.trim())) continue;
      to.setAttribute(name, rule ? value.trim() : value);
    }
  }
  if (tag === 'a' && to.hasAttribute('href')) {
    to.setAttribute('rel', 'noopener noreferrer');
    to.setAttribute('target', '_blank');
  }
}
