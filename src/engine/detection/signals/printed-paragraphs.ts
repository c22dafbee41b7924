import type { Unit } from '../../dedupe/units';
import { brParagraphs } from '../../dom/br-paragraphs';
import type { RepeatedRun } from './repeated-runs';

/**
 * How many paragraphs the run's text prints as, in whichever of its occurrences shows the most. Copies may
 * part one text differently (a legacy cell with `<br><br>`, a copy that runs two paragraphs together): the
 * run holds the first occurrence only, which may be the one printed as fewer. Read only for a run too short
 * to be full by its elements, which most pages have none of.
 */
export function printedParagraphs(run: RepeatedRun, units: readonly Unit[]): number {
  const text = new Set(run.units.flatMap((unit) => unit.sentences));
  let most = 0;
  let printed = 0;
  const held = new Set<string>();
  const close = () => {
    if (held.size === text.size) most = Math.max(most, printed);
    printed = 0;
    held.clear();
  };
  for (const unit of units) {
    const within = unit.sentences.every((s) => text.has(s));
    // A paragraph outside the run's text ends an occurrence; one that starts the text again opens the next.
    if (!within || held.has(unit.sentences[0]!)) close();
    if (!within) continue;
    printed += brParagraphs(unit.block.element);
    for (const s of unit.sentences) held.add(s);
  }
  close();
  return most;
}
