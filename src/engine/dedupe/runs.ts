import { isRepeated, type Unit } from './units';

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
export function splitRuns(units: readonly Unit[], counts: ReadonlyMap<string, number>): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let sentences = new Set<string>();
  for (const unit of units) {
    if (!isRepeated(unit, counts)) {
      if (unit.block.text.length >= BREAK_CHARS) current = null;
      continue;
    }
    const restarts = current !== null && unit.sentences.some((s) => sentences.has(s));
    if (current === null || restarts || current.hidden !== unit.block.hidden) {
      current = { units: [], hidden: unit.block.hidden, weight: 0, order: runs.length };
      runs.push(current);
      sentences = new Set();
    }
    current.units.push(unit);
    for (const s of unit.sentences) {
      if (sentences.has(s)) continue;
      sentences.add(s);
      current.weight += s.length;
    }
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
