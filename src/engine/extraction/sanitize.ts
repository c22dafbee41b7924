// The article leaves the engine as sanitised HTML: the popup and reader tab (extension pages) and the CLI's
// output all render it. The article element (which lives in the engine's own detached copy of the page, or a
// Document the caller handed over) is pruned in place against an allowlist: only elements and attributes named
// in data/article-markup.ts survive, so nothing the page wrote (handlers, styles, unknown attributes,
// clobbering names) comes along; foreign and raw-text elements, where serialising and parsing again could
// change meaning, are gone before the one serialisation. No page markup is parsed.
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS, DROPPED_TAGS, SAFE_URL } from '../data/article-markup';
import { flatText } from '../dom/flat-text';
import { hidesSubtree } from '../dom/hidden';
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
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Prunes the article element in place and returns it as safe HTML with its paragraphs, read from the same
 * pruned tree. The element must not belong to a live page: it is changed.
 */
export function sanitizeArticle(content: Element | null): SanitizedArticle {
  if (!content) return { html: '', paragraphs: [] };
  prune(content);
  return { html: content.innerHTML, paragraphs: paragraphsIn(content) };
}

/** Sanitised copy of untrusted HTML, parsed in an inert document that runs and loads nothing. */
export function sanitizeHtml(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  inert.body.innerHTML = html;
  return sanitizeArticle(inert.body).html;
}

// An explicit stack, not recursion: a page nested thousands of levels deep must not overflow it.
function prune(root: Element): void {
  const stack: [Node, number][] = [[root, 0]];
  // Unknown wrappers are dissolved at the end: their tag goes, their (pruned) content stays in place.
  const wrappers: Element[] = [];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [parent, depth] = entry;
    let child = parent.firstChild;
    while (child) {
      // Read before the child may be removed: sibling links, not childNodes[i] (a proxy call in jsdom).
      const next: ChildNode | null = child.nextSibling;
      if (child.nodeType === ELEMENT) pruneElement(child as Element, depth, stack, wrappers);
      else if (child.nodeType !== TEXT && child.nodeType !== CDATA) child.remove();
      child = next;
    }
  }
  for (const wrapper of wrappers) wrapper.replaceWith(...wrapper.childNodes);
}

function pruneElement(element: Element, depth: number, stack: [Node, number][], wrappers: Element[]): void {
  const tag = element.localName.toLowerCase();
  if (DROPPED_TAGS.has(tag) || hidesSubtree(element)) {
    element.remove();
    return;
  }
  if (depth >= MAX_DEPTH) {
    element.replaceWith(element.ownerDocument.createTextNode(flatText(element)));
    return;
  }
  const known = ARTICLE_TAGS.has(tag) && element.namespaceURI === HTML_NS;
  // Custom elements, <center>, <font>, foreign markup: they give up their tag, not their text.
  if (!known) wrappers.push(element);
  keepAttributes(element, known ? tag : '');
  stack.push([element, depth + 1]);
}

function keepAttributes(element: Element, tag: string): void {
  const allowed = ARTICLE_ATTRIBUTES[tag];
  for (const name of element.getAttributeNames()) {
    const keep = ARTICLE_ATTRIBUTES['*']?.includes(name) || allowed?.includes(name);
    const rule = SAFE_URL[name];
    const value = element.getAttribute(name) ?? '';
    const trimmed = value.trim();
    if (!keep || (rule && !rule.test(trimmed))) element.removeAttribute(name);
    // Each change queues a mutation record, which some DOMs build by walking the ancestors: only real ones.
    else if (rule && trimmed !== value) element.setAttribute(name, trimmed);
  }
  if (tag === 'a' && element.hasAttribute('href')) {
    setIfOther(element, 'rel', 'noopener noreferrer');
    setIfOther(element, 'target', '_blank');
  }
}

function setIfOther(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
