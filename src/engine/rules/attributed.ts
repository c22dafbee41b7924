import { nextOutside } from '../dom/ancestry';
import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import type { RuleContext } from './rule';

/**
 * Elements below the body that carry any attribute, in document order. The engine's own selector lists
 * (ad slots, cookie banners, app-store links) only match such elements, and on a long page nearly all
 * elements are bare paragraphs: one walk, shared by the rules, replaces a full selector-engine pass per
 * list, which in jsdom costs a whole-tree collection per class name in the list.
 */
const byBlocks = new WeakMap<object, Element[]>();

export function attributedElements(ctx: RuleContext): Element[] {
  return runSteps(attributedElementsSteps(ctx));
}

/** attributedElements() in steps: the walk covers every element of the page. */
export function* attributedElementsSteps(ctx: RuleContext): Steps<Element[]> {
  // ctx.blocks() is re-collected exactly when the page changed, so it keys the cache.
  const key = ctx.blocks();
  const cached = byBlocks.get(key);
  if (cached) return cached;
  const found: Element[] = [];
  const root = ctx.body;
  let visited = 0;
  for (let el = root.firstElementChild; el; ) {
    if (++visited % STEP_ITEMS === 0) yield;
    if (el.hasAttributes()) found.push(el);
    el = el.firstElementChild ?? nextOutside(el, root);
  }
  byBlocks.set(key, found);
  return found;
}

/**
 * True when every alternative of a selector list needs its subject to carry an attribute (a class, an
 * id or an [attribute] test), so attributedElements() holds all its matches. Pseudo-classes (":not(.x)")
 * and anything unusual answer false, and the caller falls back to querySelectorAll.
 */
export function needsAttribute(selector: string): boolean {
  const plain = selector.replace(/\[[^\]"']*(?:"[^"]*"|'[^']*')?[^\]"']*\]/g, '[]');
  if (/[:()\\"']/.test(plain) || plain.includes('[') !== plain.includes(']')) return false;
  return plain.split(',').every((part) => {
    const subject =
      part
        .trim()
        .split(/[\s>+~]+/)
        .pop() ?? '';
    return /[.#[]/.test(subject);
  });
}

/** ctx.body.querySelectorAll(selector), as an array in document order. */
export function selectAll(ctx: RuleContext, selector: string): Element[] {
  if (!needsAttribute(selector)) return [...ctx.body.querySelectorAll(selector)];
  return attributedElements(ctx).filter((el) => el.matches(selector));
}
