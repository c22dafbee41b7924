import { createContext } from '../../../src/engine/cleaning/context';
import type { Rule } from '../../../src/engine/cleaning/rules/rule';
import { runSteps } from '../../../src/engine/core/steps';
import { squash } from '../../../src/engine/text/fold';
import { parse } from '../helpers';

/** The element's text nodes joined by spaces, so "<p>A</p><p>B</p>" reads "A B". */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else walk(child);
    }
  };
  walk(el);
  return squash(parts.join(' '));
}

/** Runs one rule's find() on a page and returns the texts of the elements it would remove. */
export function findTexts(
  rule: Rule,
  html: string,
  custom = { phrases: [] as string[], selectors: [] as string[] },
): string[] {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  return runSteps(rule.find(createContext(doc, custom))).map(
    (c) => spacedText(c.element) || `<${c.element.tagName.toLowerCase()}>`,
  );
}
