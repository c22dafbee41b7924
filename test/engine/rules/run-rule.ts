import { createContext } from '../../../src/engine/context';
import type { Rule } from '../../../src/engine/rules/rule';
import { squash } from '../../../src/engine/text';
import { parse } from '../helpers';

/** Runs one rule's find() on a page and returns the texts of the elements it would remove. */
export function findTexts(rule: Rule, html: string, custom = { phrases: [] as string[], selectors: [] as string[] }): string[] {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  return rule.find(createContext(doc, custom)).map((c) => squash(c.element.textContent ?? '') || `<${c.element.tagName.toLowerCase()}>`);
}
