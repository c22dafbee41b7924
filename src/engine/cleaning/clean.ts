import { pauseAt, runSteps, type Steps } from '../core/steps';
import type { CleanResult, Detection, EngineOptions, Removal, Remover } from '../core/types';
import { STRUCTURAL_TAGS } from '../data/tags';
import { detect } from '../detection/detect';
import { isAttached } from '../dom/ancestry';
import { blockLead } from '../dom/blocks';
import { snippet } from '../text/fold';
import { createContext } from './context';
import { RULES } from './rules';

const detach: Remover = (element) => {
  element.remove();
  return undefined;
};

const never = () => false;

/** Enough for the nesting aggregator templates use; a pathological page cannot loop. */
const MAX_PASSES = 4;

/** One pass of every rule; true when a removal sat inside a block that stays (see exposure.ts). */
function* runRules(
  doc: Document,
  ctx: ReturnType<typeof createContext>,
  disabled: Set<string>,
  remove: Remover,
  removed: Removal[],
  spare: (element: Element) => boolean,
): Steps<boolean> {
  let exposed = false;
  for (const rule of RULES) {
    if (disabled.has(rule.name)) continue;
    // The shared blocks are collected here, in steps, rather than inside the first rule that asks.
    yield* ctx.prepare(rule.needs ?? []);
    const candidates = yield* rule.find(ctx);
    yield;
    let changed = false;
    let handled = 0;
    for (const { element, reason, keepers } of candidates) {
      if (pauseAt(++handled)) yield;
      // A candidate inside an element removed a moment ago (or by the page, between steps) is already gone.
      if (!isAttached(element, doc) || STRUCTURAL_TAGS.has(element.tagName) || spare(element)) continue;
      const removal: Removal = { rule: rule.name, reason, text: snippet(blockLead(element)) };
      exposed = ctx.removing(element) || exposed;
      if (element.parentElement) ctx.touched.add(element.parentElement);
      const parts = remove(element, removal, keepers ?? []);
      if (parts) yield* parts;
      removed.push(removal);
      changed = true;
    }
    if (changed) ctx.invalidate();
  }
  return exposed;
}

export type CleanOptions = EngineOptions & { remove?: Remover; detection?: Detection };

/**
 * Cleans an aggregator page in place: each rule proposes elements, the engine removes them through
 * `remove` (the content script passes one that keeps them for "Show original") and reports why.
 * A page that is not an aggregator page (and not forced) is left exactly as it was. A caller that has
 * just run detect() passes its result, so the page is not analysed twice.
 */
export function clean(doc: Document, options: CleanOptions = {}): CleanResult {
  return runSteps(cleanSteps(doc, options));
}

/**
 * clean() as steps, for a caller on a page's main thread: it pauses every few hundred items of work, and
 * the caller decides when to go on. The page may change between steps; removals check they still apply.
 */
export function* cleanSteps(doc: Document, options: CleanOptions = {}): Steps<CleanResult> {
  const detection = options.detection ?? detect(doc, options);
  if (!detection.isAggregator && !options.force) return { detection, cleaned: false, removed: [] };
  const remove = options.remove ?? detach;
  const disabled = new Set(options.disabledRules ?? []);
  const ctx = createContext(
    doc,
    { phrases: options.custom?.phrases ?? [], selectors: options.custom?.selectors ?? [] },
    options.rendered,
  );
  const removed: Removal[] = [];
  // A removal can expose more: an "Advertisement" label beside a copy is a block of its own once the copy is
  // gone. Passes repeat while a removal sat inside a block that stays or changed the related sections the
  // rules read (exposure.ts), so cleaning a cleaned page changes nothing (bounded). Many pages need one pass:
  // a second that finds nothing costs a fifth of the clean on a page load.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const changed = yield* runRules(doc, ctx, disabled, remove, removed, options.spare ?? never);
    if (!changed && (yield* ctx.relatedSettled())) break;
  }
  return { detection, cleaned: true, removed };
}
