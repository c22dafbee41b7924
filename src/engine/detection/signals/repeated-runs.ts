import { pauseAt, type Steps } from '../../core/steps';
import { countSentencesSteps, isRepeated, prefixesOf, type Unit } from '../../dedupe/units';

/** Consecutive prose paragraphs that occur again elsewhere on the page, in the same order. */
export interface RepeatedRun {
  units: Unit[];
  /** Folded characters of its paragraphs. */
  chars: number;
}

/**
 * The longest run of consecutive paragraphs printed again elsewhere in the same order: what a copy of an
 * article's body is. A paragraph repeated alone (a comment quoted in a reply, a bio under each of an
 * author's stories, a caption per screen width) makes no run; neither does a list printed twice in another
 * order. A run ends at a paragraph printed once, where visibility changes, where one of its sentences comes
 * again (the next copy starts) and where the next paragraph follows on from it nowhere else on the page.
 * A hidden paragraph counts only if the reader can see its text somewhere: an article copy hides a visible
 * text, an account screen's hidden messages are the same in every screen and never shown.
 */
export function* longestRepeatedRun(units: readonly Unit[]): Steps<RepeatedRun | null> {
  const { counts, prefixes } = yield* countSentencesSteps(units);
  const shown = new Set<string>();
  const pairs = new Map<string, number>();
  let before: string | null = null;
  let handled = 0;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (!unit.block.hidden)
      for (const s of unit.sentences) {
        shown.add(s);
        for (const prefix of prefixesOf(s, prefixes)) shown.add(prefix);
      }
    for (const s of unit.sentences) {
      // Only pairs of repeated sentences can continue a run: the others need no entry.
      if (before !== null && (counts.get(s) ?? 0) >= 2 && (counts.get(before) ?? 0) >= 2) {
        const key = pairKey(before, s);
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      before = s;
    }
  }
  type OpenRun = RepeatedRun & { hidden: boolean; sentences: Set<string> };
  let best: OpenRun | null = null;
  let run: OpenRun | null = null;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (!isRepeated(unit, counts) || !unit.sentences.every((s) => shown.has(s))) {
      run = null;
      continue;
    }
    const last = run?.units[run.units.length - 1];
    const follows =
      run !== null &&
      last !== undefined &&
      run.hidden === unit.block.hidden &&
      !unit.sentences.some((s) => run?.sentences.has(s)) &&
      (pairs.get(pairKey(last.sentences[last.sentences.length - 1]!, unit.sentences[0]!)) ?? 0) >= 2;
    if (!follows || !run) run = { units: [], chars: 0, hidden: unit.block.hidden, sentences: new Set() };
    run.units.push(unit);
    run.chars += unit.weight;
    for (const s of unit.sentences) run.sentences.add(s);
    // A run that ended is never changed again, so the longest so far is kept by reference.
    if (!best || longer(run, best)) best = run;
  }
  return best && { units: best.units, chars: best.chars };
}

function longer(a: RepeatedRun, b: RepeatedRun): boolean {
  return a.units.length !== b.units.length ? a.units.length > b.units.length : a.chars > b.chars;
}

function pairKey(a: string, b: string): string {
  return `${a}\n${b}`;
}
