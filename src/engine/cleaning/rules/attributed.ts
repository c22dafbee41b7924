import { pauseAt, runSteps, type Steps } from '../../core/steps';
import { isAttached, nextOutside } from '../../dom/ancestry';
import type { RuleContext } from './rule';

/**
 * Elements below the body that carry any attribute, in document order. The engine's own selector lists
 * (ad slots, cookie banners, app-store links) only match such elements, and on a long page nearly all
 * elements are bare paragraphs: one walk, shared by the rules, replaces a full selector-engine pass per
 * list, which in jsdom costs a whole-tree collection per class name in the list.
 *
 * The walk is made once per clean (per context), not again after each removal: removals only take
 * elements away, and selectAll() drops those. Elements the page adds meanwhile are the next clean's, as
 * everything else it adds is.
 */
interface SelectorView {
  elements: Element[];
  /** Matches per selector list whose verdict depends on the element alone: the rules ask again each pass. */
  matched: Map<string, Element[]>;
}

const views = new WeakMap<RuleContext, SelectorView>();

function attributedElements(ctx: RuleContext): Element[] {
  return runSteps(attributedElementsSteps(ctx));
}

/** attributedElements() in steps: the walk covers every element of the page. */
export function* attributedElementsSteps(ctx: RuleContext): Steps<Element[]> {
  const cached = views.get(ctx);
  if (cached) return cached.elements;
  const found: Element[] = [];
  const root = ctx.body;
  let visited = 0;
  for (let el = root.firstElementChild; el; ) {
    if (pauseAt(++visited)) yield;
    if (el.hasAttributes()) found.push(el);
    el = el.firstElementChild ?? nextOutside(el, root);
  }
  views.set(ctx, { elements: found, matched: new Map() });
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

/**
 * True when no alternative of the list has a combinator, so whether an element matches depends on the
 * element alone: removing other elements cannot change the answer.
 */
export function standsAlone(selector: string): boolean {
  const plain = selector.replace(/\[[^\]]*\]/g, '[]');
  return plain.split(',').every((part) => !/[\s>+~]/.test(part.trim()));
}

/** ctx.body.querySelectorAll(selector), as an array in document order, of the elements still in the page. */
export function selectAll(ctx: RuleContext, selector: string): Element[] {
  if (!needsAttribute(selector)) return [...ctx.body.querySelectorAll(selector)];
  const elements = attributedElements(ctx);
  const attached = (el: Element) => isAttached(el, ctx.doc);
  if (!standsAlone(selector)) return elements.filter((el) => attached(el) && el.matches(selector));
  const view = views.get(ctx)!;
  let hits = view.matched.get(selector);
  if (!hits) {
    hits = elements.filter((el) => el.matches(selector));
    view.matched.set(selector, hits);
  }
  return hits.filter(attached);
}
