// Helpers for the property tests, which run on happy-dom for speed: set aside happy-dom's own crashes (a
// browser never has them), and read a page's text the way the engine counts it.
import fc from 'fast-check';
import { SKIP_TAGS } from '../../../src/engine/data/tags';
import { squash } from '../../../src/engine/text/fold';
import { parse } from '../helpers';

/**
 * happy-dom's parser itself throws on some malformed markup (a browser never does); such a case says
 * nothing about the engine, so it is set aside, which fast-check counts and caps.
 */
export function parsed(html: string): Document {
  let doc: Document | null = null;
  try {
    doc = parse(html);
  } catch {
    // Not the engine's failure: see above.
  }
  fc.pre(doc !== null);
  return doc as Document;
}

/** Runs engine code; a crash inside happy-dom's own node code is
 * happy-dom's bug, not the engine's, and is set aside like a failed parse. Anything else fails the case. */
export function run<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const origin = error instanceof Error ? (error.stack?.split('\n')[1] ?? '') : '';
    fc.pre(!/node_modules[\\/]happy-dom/.test(origin));
    throw error;
  }
}

/**
 * The page text as the engine counts it: what raw-text and embedding elements hold (SKIP_TAGS, which
 * includes <object>'s fallback content) is not page text, nor is <noscript> in a scripting browser.
 * An explicit walk: cloning and querying is several times slower on happy-dom.
 */
const NOT_TEXT = new Set([...SKIP_TAGS, 'NOSCRIPT', 'TITLE'].map((tag) => tag.toUpperCase()));
export function visibleText(doc: Document): string {
  let text = '';
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has((node as Element).tagName.toUpperCase()))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return squash(text);
}
