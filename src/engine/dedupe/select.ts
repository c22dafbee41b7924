import { pauseAt, type Steps } from '../core/steps';
import { byPreference, splitRunsSteps } from './runs';
import { countSentencesSteps, isRepeated, prefixesOf, type Unit } from './units';

/** A run's blocks that are copies of text kept elsewhere, and whether the whole run went. */
export interface CopyDecision {
  removed: Unit[];
  whole: boolean;
  /** For each removed unit, the units that stay holding its sentences. */
  keptBy: Map<Unit, Unit[]>;
}

/** How the copies are seen: from the markup (no layout), or from the page's layout as it is now. */
export interface CopyView {
  /** Whether the reader sees the unit's block. */
  shown(unit: Unit): boolean;
  /**
   * Copies not shown stay where they are. A layout tells what shows at this window width only: a copy hidden
   * now may be the one a stylesheet shows at another width, so only a copy on screen beside another goes.
   */
  keepUnshown: boolean;
}

const MARKUP: CopyView = { shown: (unit) => !unit.block.hidden, keepUnshown: false };

/**
 * Decides which repeated blocks to drop so each sentence stays once, in the copy a reader should
 * see. Blocks holding any sentence not kept elsewhere are never dropped.
 * In steps: on a long page every stage handles tens of thousands of sentences.
 */
export function* selectCopiesSteps(units: readonly Unit[], view: CopyView = MARKUP): Steps<CopyDecision[]> {
  const { counts, prefixes } = yield* countSentencesSteps(units);
  // Asked once per unit: with a layout each answer reads the page's boxes.
  const unseen = new Set<Unit>();
  let handled = 0;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (!view.shown(unit)) unseen.add(unit);
  }
  const hidden = (unit: Unit) => unseen.has(unit);
  // Each sentence kept, and the first unit that keeps it.
  const covered = new Map<string, Unit>();
  const cover = (unit: Unit): void => {
    for (const s of unit.sentences) {
      if (!covered.has(s)) covered.set(s, unit);
      for (const p of prefixesOf(s, prefixes)) if (!covered.has(p)) covered.set(p, unit);
    }
  };
  // A visible block with text of its own stays whatever happens, so the copies it contains are
  // already on the page: a longer rendering (the body plus an embed) beats a shorter one.
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (!hidden(unit) && !isRepeated(unit, counts)) cover(unit);
  }

  const decisions: CopyDecision[] = [];
  const runs = yield* splitRunsSteps(units, counts, prefixes, hidden);
  for (const run of runs.sort(byPreference)) {
    if (run.hidden && view.keepUnshown) continue;
    const removed: Unit[] = [];
    const keptBy = new Map<Unit, Unit[]>();
    for (const unit of run.units) {
      if (pauseAt(++handled)) yield;
      if (unit.sentences.every((s) => covered.has(s))) {
        removed.push(unit);
        keptBy.set(unit, [...new Set(unit.sentences.map((s) => covered.get(s)!))]);
      } else cover(unit);
    }
    if (removed.length > 0) decisions.push({ removed, whole: removed.length === run.units.length, keptBy });
  }
  return decisions;
}
