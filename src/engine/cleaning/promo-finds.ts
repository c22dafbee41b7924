import type { Steps } from '../core/steps';
import { createContext } from './context';
import { PROMO_RULES } from './rules';

/**
 * What the promo rules would remove from the page as it is, removing nothing: the blocks a caller may keep out
 * of sight until the clean removes them (the clean itself decides; it may find fewer once copies are gone).
 */
export function* promoFindSteps(doc: Document): Steps<Element[]> {
  const ctx = createContext(doc, { phrases: [], selectors: [] });
  const found: Element[] = [];
  for (const rule of PROMO_RULES) {
    yield* ctx.prepare(rule.needs ?? []);
    for (const { element } of yield* rule.find(ctx)) found.push(element);
    // A pause after each rule, as clean() makes: a rule's first run compiles its patterns.
    yield;
  }
  return found;
}
