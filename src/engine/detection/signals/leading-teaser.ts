import { near } from '../../dedupe/runs';
import type { Unit } from '../../dedupe/units';
import type { RepeatedRun } from './repeated-runs';

/**
 * Whether a repeated run is a teaser: the opening of a longer story printed again on its own, before the story
 * or after it. Of its two occurrences, one goes on with prose the run does not hold (the story) and the other
 * stops (the teaser); a body printed twice in full has nothing beside either copy to go on with. Text repeated
 * among the story's own paragraphs, in the same container, is the story quoting itself (a pull quote, a
 * standfirst that repeats the lede): a teaser stands in a container of its own, and what it repeats opens
 * the story. Returns each teaser's last paragraph (a cut stub of the story's next one included): none when
 * the run is no teaser.
 */
export function leadingTeaser(
  run: RepeatedRun,
  units: readonly Unit[],
  counts: ReadonlyMap<string, number>,
): Unit[] {
  const inRun = new Set(run.units);
  const heldList = run.units.flatMap((unit) => unit.sentences);
  const held = new Set(heldList);
  // A teaser cut with "…" holds a word prefix of its last sentence: the full sentence starts with it.
  const isHeld = (s: string) =>
    held.has(s) || heldList.some((h) => s.startsWith(`${h} `) || h.startsWith(`${s} `));
  const overlaps = (unit: Unit) => unit.sentences.some(isHeld);
  // Prose printed once: a teaser's cut stub of the next paragraph is printed again, in full, in the story.
  const fresh = (unit: Unit) => unit.sentences.some((s) => (counts.get(s) ?? 0) < 2 && !isHeld(s));
  /** The paragraph after position `last`, when it stands beside it and holds none of the run's text. */
  const beside = (last: number) => {
    const next = units[last + 1];
    return next !== undefined &&
      !inRun.has(next) &&
      !overlaps(next) &&
      near(next.block.element, units[last]!.block.element)
      ? next
      : null;
  };
  /**
   * Whether the occurrence at `first`..`last` goes on with prose the page prints once: in its own paragraph
   * (a legacy page prints the whole story as one block) or in the next one, beside it.
   */
  const goesOn = (first: number, last: number) => {
    for (let i = first; i <= last; i++) if (fresh(units[i]!)) return true;
    const next = beside(last);
    return next !== null && fresh(next);
  };
  const first = run.units[0]!.sentences[0]!;
  const container = run.units[0]!.block.element.parentElement;
  const runStart = units.indexOf(run.units[0]!);
  const runEnd = units.indexOf(run.units[run.units.length - 1]!);
  /** No paragraph of the same container comes before position `at`. */
  const opensStory = (at: number) =>
    at === 0 || units[at - 1]!.block.element.parentElement !== units[at]!.block.element.parentElement;
  const runGoesOn = goesOn(runStart, runEnd);
  /** The occurrence's last paragraph, or the cut stub after it of a paragraph the story prints in full. */
  const endOf = (last: number) => {
    const next = beside(last);
    return next?.cut && !fresh(next) ? next : units[last]!;
  };
  // The occurrences that go on are the story, and a teaser is its opening: the story starts there. Every
  // occurrence that stops is a teaser of it (a page may print two, one plain and one a card).
  const ends: Unit[] = runGoesOn ? [] : [endOf(runEnd)];
  let story = runGoesOn && opensStory(runStart);
  const opens = (unit: Unit) => unit.sentences[0] === first || unit.sentences[0]!.startsWith(`${first} `);
  // An occurrence ends where the run's text stops, or where it starts again: two teasers in a row.
  const continues = (next: Unit | undefined) => next && !inRun.has(next) && overlaps(next) && !opens(next);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (inRun.has(unit)) continue;
    if (!opens(unit) || unit.block.element.parentElement === container) continue;
    let last = i;
    while (continues(units[last + 1])) last++;
    if (!goesOn(i, last)) ends.push(endOf(last));
    else if (!runGoesOn) story ||= opensStory(i);
  }
  return story ? ends : [];
}
