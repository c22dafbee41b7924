import { pauseAt, type Steps } from '../core/steps';
import { isRepeated, prefixesOf, type Unit } from './units';

/** A stretch of consecutive repeated blocks: one rendering (copy) of a body, or part of one. */
export interface Run {
  units: Unit[];
  hidden: boolean;
  /** Shown only on small screens ("md:hidden"): the desktop rendering is the one to keep. */
  mobileOnly: boolean;
  /** A block of it stops mid-sentence ("…"): a teaser, which a full copy of the same text outranks. */
  cut: boolean;
  /** Folded characters of the run's distinct sentences. */
  weight: number;
  order: number;
}

/** Unique text at least this long between two repeated blocks separates them into different copies. */
const BREAK_CHARS = 80;

/**
 * Splits the page's repeated blocks into runs. A run ends where unique prose intervenes, where
 * visibility changes, or where a sentence already in the run comes again (the next copy starts).
 * `hidden` answers for repeated units only: whether the reader does not see the unit's block.
 */
export function* splitRunsSteps(
  units: readonly Unit[],
  counts: ReadonlyMap<string, number>,
  prefixes: ReadonlySet<string>,
  hidden: (unit: Unit) => boolean = (unit) => unit.block.hidden,
): Steps<Run[]> {
  const runs: Run[] = [];
  let current: Run | null = null;
  let sentences = new Set<string>();
  let last: Element | null = null;
  let handled = 0;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (!isRepeated(unit, counts)) {
      // Unique paragraphs beside a run's blocks (the rest of the story below a copy of its opening)
      // belong to that copy: they make it the more complete one.
      if (current && last && near(unit.block.element, last)) current.weight += unit.weight;
      else if (unit.block.text.length >= BREAK_CHARS) current = null;
      continue;
    }
    last = unit.block.element;
    // A teaser's cut sentence and the full sentence it starts are the same text coming again.
    const keys = unit.sentences.flatMap((s) => [s, ...prefixesOf(s, prefixes)]);
    const restarts = current !== null && keys.some((k) => sentences.has(k));
    const unseen = hidden(unit);
    if (current === null || restarts || current.hidden !== unseen) {
      current = {
        units: [],
        hidden: unseen,
        mobileOnly: isMobileOnly(unit.block.element),
        cut: false,
        weight: 0,
        order: runs.length,
      };
      runs.push(current);
      sentences = new Set();
    }
    current.units.push(unit);
    current.cut ||= unit.cut;
    for (const s of unit.sentences) if (!sentences.has(s)) current.weight += s.length;
    for (const k of keys) sentences.add(k);
  }
  return runs;
}

/** Runs in the order their copies should be kept: visible first, uncut, then the most complete. */
export function byPreference(a: Run, b: Run): number {
  if (a.hidden !== b.hidden) return a.hidden ? 1 : -1;
  if (a.mobileOnly !== b.mobileOnly) return a.mobileOnly ? 1 : -1;
  // Kept first, a teaser would keep its cut sentence and lose the rest of it from every other copy.
  if (a.cut !== b.cut) return a.cut ? 1 : -1;
  const heavier = Math.max(a.weight, b.weight);
  // Near-equal weights are the same text; then more blocks means the copy keeps its paragraphs.
  if (Math.abs(a.weight - b.weight) > heavier * 0.02) return b.weight - a.weight;
  if (a.units.length !== b.units.length) return b.units.length - a.units.length;
  return a.order - b.order;
}

/** Siblings or cousins: the same parent or the same grandparent. */
export function near(a: Element, b: Element): boolean {
  const pa = a.parentElement;
  const pb = b.parentElement;
  return pa === pb || (pa !== null && pb !== null && pa.parentElement === pb.parentElement);
}

const MOBILE_ONLY =
  /(?:^|\s)(?:(?:sm|md|lg):hidden|d-(?:sm|md|lg)-none|hidden-(?:sm|md|lg)(?:-up)?|show-for-small-only|mobile-only)(?:\s|$)/;

function isMobileOnly(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const cls = node.getAttribute('class');
    if (cls && MOBILE_ONLY.test(cls)) return true;
  }
  return false;
}
