import { byPreference, splitRuns } from './runs';
import { countSentences, isRepeated, prefixesOf, type Unit } from './units';

/** A run's blocks that are copies of text kept elsewhere, and whether the whole run went. */
export interface CopyDecision {
  removed: Unit[];
  whole: boolean;
}

/**
 * Decides which repeated blocks to drop so each sentence stays once, in the copy a reader should
 * see. Blocks holding any sentence not kept elsewhere are never dropped.
 */
export function selectCopies(units: readonly Unit[]): CopyDecision[] {
  const { counts, prefixes } = countSentences(units);
  const covered = new Set<string>();
  const cover = (unit: Unit): void => {
    for (const s of unit.sentences) {
      covered.add(s);
      for (const p of prefixesOf(s, prefixes)) covered.add(p);
    }
  };
  // A visible block with text of its own stays whatever happens, so the copies it contains are
  // already on the page: a longer rendering (the body plus an embed) beats a shorter one.
  for (const unit of units) if (!unit.block.hidden && !isRepeated(unit, counts)) cover(unit);

  const decisions: CopyDecision[] = [];
  for (const run of splitRuns(units, counts, prefixes).sort(byPreference)) {
    const removed: Unit[] = [];
    for (const unit of run.units) {
      if (unit.sentences.every((s) => covered.has(s))) removed.push(unit);
      else cover(unit);
    }
    if (removed.length > 0) decisions.push({ removed, whole: removed.length === run.units.length });
  }
  return decisions;
}
