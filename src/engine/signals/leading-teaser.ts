import { near } from '../dedupe/runs';
import type { Unit } from '../dedupe/units';
import type { RepeatedRun } from './repeated-runs';

/**
 * Whether a repeated run is a teaser: the opening of a longer story printed again ahead of it. Its other
 * occurrence starts a paragraph that comes later, and beside that occurrence the story goes on with prose the
 * run does not hold. A body printed twice in full has nothing beside its second copy to go on with.
 */
export function isLeadingTeaser(run: RepeatedRun, units: readonly Unit[]): boolean {
  const inRun = new Set(run.units);
  const held = new Set(run.units.flatMap((unit) => unit.sentences));
  // A teaser cut with "…" holds a word prefix of its last sentence: the full sentence starts with it.
  const overlaps = (unit: Unit) =>
    unit.sentences.some((s) => held.has(s) || [...held].some((h) => s.startsWith(`${h} `)));
  const first = run.units[0]!.sentences[0]!;
  const start = run.units[0]!.index;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.index <= start || inRun.has(unit)) continue;
    const opens = unit.sentences[0] === first || unit.sentences[0]!.startsWith(`${first} `);
    if (!opens) continue;
    let last = i;
    while (last + 1 < units.length && !inRun.has(units[last + 1]!) && overlaps(units[last + 1]!)) last++;
    const next = units[last + 1];
    if (next && !inRun.has(next) && near(next.block.element, units[last]!.block.element)) return true;
  }
  return false;
}
