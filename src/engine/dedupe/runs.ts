import { isRepeated, prefixesOf, type Unit } from './units';

/** A stretch of consecutive repeated blocks: one rendering (copy) of a body, or part of one. */
export interface Run {
  units: Unit[];
  hidden: boolean;
  /** Folded characters of the run's distinct sentences. */
  weight: number;
  order: number;
}

/** Unique text at least this long between two repeated blocks separates them into different copies. */
const BREAK_CHARS = 80;

/**
 * Splits the page's repeated blocks into runs. A run ends where unique prose intervenes, where
 * visibility changes, or where a sentence already in the run comes again (the next copy starts).
 */
export function splitRuns(
  units: readonly Unit[],
  counts: ReadonlyMap<string, number>,
  prefixes: ReadonlySet<string>,
): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let sentences = new Set<string>();
  let lastParent: Element | null = null;
  for (const unit of units) {
    if (!isRepeated(unit, counts)) {
      // Unique paragraphs beside a run's blocks belong to that copy: they make it the more complete one.
      if (current && unit.block.element.parentElement === lastParent) current.weight += unit.weight;
      else if (unit.block.text.length >= BREAK_CHARS) current = null;
      continue;
    }
    lastParent = unit.block.element.parentElement;
    // A teaser's cut sentence and the full sentence it starts are the same text coming again.
    const keys = unit.sentences.flatMap((s) => [s, ...prefixesOf(s, prefixes)]);
    const restarts = current !== null && keys.some((k) => sentences.has(k));
    if (current === null || restarts || current.hidden !== unit.block.hidden) {
      current = { units: [], hidden: unit.block.hidden, weight: 0, order: runs.length };
      runs.push(current);
      sentences = new Set();
    }
    current.units.push(unit);
    for (const s of unit.sentences) if (!sentences.has(s)) current.weight += s.length;
    for (const k of keys) sentences.add(k);
  }
  return runs;
}

/** Runs in the order their copies should be kept: visible first, then the most complete. */
export function byPreference(a: Run, b: Run): number {
  if (a.hidden !== b.hidden) return a.hidden ? 1 : -1;
  const heavier = Math.max(a.weight, b.weight);
  // Near-equal weights are the same text; then more blocks means the copy keeps its paragraphs.
  if (Math.abs(a.weight - b.weight) > heavier * 0.02) return b.weight - a.weight;
  if (a.units.length !== b.units.length) return b.units.length - a.units.length;
  return a.order - b.order;
}
