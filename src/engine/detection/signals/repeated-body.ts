import { pauseAt, runSteps, STEP_ITEMS, type Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import { SIDE_TAGS } from '../../data/side-contexts';
import { HEADING_TAGS } from '../../data/tags';
import { countSentencesSteps, isRepeated, toUnitsSteps, type Unit } from '../../dedupe/units';
import { closestNamed } from '../../dom/ancestry';
import type { Block } from '../../dom/blocks';
import { isHidden } from '../../dom/hidden';
import { isLinkLike } from '../../dom/links';
import { unitsAroundReader } from '../../dom/unit-around';
import {
  FULL_CHARS,
  FULL_PARAGRAPHS,
  HIDDEN_FULL_CHARS,
  PART_CHARS,
  PROSE_CHARS,
  TEASER_CHARS,
} from './copy-bar';
import { leadingTeaser } from './leading-teaser';
import { isModuleTwice } from './module-twice';
import { printedParagraphs } from './printed-paragraphs';
import { longestRepeatedRun, type RepeatedRun } from './repeated-runs';
import { sideTextCheck } from './side-text';
import { endsAsCard } from './story-card';
import { isTeaserCard } from './teaser-card';

declare module '../../core/types' {
  interface SignalVerdicts {
    /** A full copy of the body, the story's card printed beside it, or part of a copy (a teaser). */
    'repeated-body': RepeatedBodyVerdict;
  }
}

/** Weakest first: part of a copy needs another signal, the story's card or a full copy decide alone. */
const VERDICTS = ['part', 'card', 'full'] as const;
type RepeatedBodyVerdict = (typeof VERDICTS)[number];
const rank = (found: FindingOf<'repeated-body'>) => VERDICTS.indexOf(found.verdict);

/** Something that ends or closes a sentence, however typed (full-width, an ellipsis, guillemets). */
const SENTENCE_MARK = /[.!?"\u201d\u2019\u00bb)\u2026\uff0e\uff01\uff1f\u3002]/;
const MARKUP_STEP = STEP_ITEMS / 4;

/**
 * Prose, not navigation: publishers repeat headlines and link lists (recirculation modules, menus),
 * aggregators repeat paragraphs. Quotes, code, captions and page furniture repeat legitimately (forum
 * replies, docs, pull quotes): never a repeated body.
 */
function isProse(block: Block): boolean {
  if (block.text.length < PROSE_CHARS || block.mixed || HEADING_TAGS.has(block.element.tagName)) return false;
  if (!SENTENCE_MARK.test(block.text)) return false;
  return !closestNamed(block.element, SIDE_TAGS) && !isLinkLike(block);
}

/**
 * The article body rendered more than once: a run of consecutive prose paragraphs printed again in the same
 * order (see repeated-runs.ts), outside the places where pages repeat text by design (see side-text.ts) and
 * not the teasers of other stories' cards.
 */
export function repeatedBody(blocks: readonly Block[]): FindingOf<'repeated-body'> | null {
  return runSteps(repeatedBodySteps(blocks));
}

/** repeatedBody() in steps: the page's prose is read block by block. */
export function* repeatedBodySteps(blocks: readonly Block[]): Steps<FindingOf<'repeated-body'> | null> {
  const prose: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (pauseAt(i + 1)) yield;
    if (isProse(blocks[i] as Block)) prose.push(blocks[i] as Block);
  }
  const units = yield* toUnitsSteps(prose);
  const { counts } = yield* countSentencesSteps(units);
  const repeated: Unit[] = [];
  let handled = 0;
  for (const unit of units) {
    if (pauseAt(++handled)) yield;
    if (isRepeated(unit, counts)) repeated.push(unit);
  }
  // One repeated paragraph may be a teaser of the story (see leading-teaser.ts).
  if (repeated.length === 0) return null;
  // Markup is read only around repeated paragraphs, which most pages have few of or none.
  const around = unitsAroundReader();
  const isSide = sideTextCheck(repeated[0]!.block.element.ownerDocument, around);
  const excluded = new Set<Unit>();
  for (const unit of repeated) {
    // Each of these reads markup around its paragraph: a shorter step than one that reads text alone.
    if (++handled % MARKUP_STEP === 0) yield;
    if (isSide(unit.block) || isTeaserCard(unit.block, around)) excluded.add(unit);
  }
  const kept = excluded.size ? units.filter((unit) => !excluded.has(unit)) : units;
  const run = yield* longestRepeatedRun(kept);
  if (!run) return null;
  // The lower bars are for a body the reader sees twice: a hidden or <noscript> copy is only markup, an
  // aria-hidden one is hidden from screen readers alone.
  const unseen = (unit: Unit) => unit.block.hidden && isHidden(unit.block.element, true);
  // What the reader sees is read apart, counts included: a teaser is told from its story by the prose the
  // story goes on with, which a hidden copy prints again.
  let visible = { units: kept, counts };
  if (kept.some(unseen)) {
    const units = kept.filter((unit) => !unseen(unit));
    visible = { units, counts: (yield* countSentencesSteps(units)).counts };
  }
  const seen = visible.units === kept ? run : yield* longestRepeatedRun(visible.units);
  // The same module inserted twice is measured as a markup copy is.
  const seenTwice = seen !== null && !isModuleTwice(seen, kept);
  const verdicts = [
    verdict(run, false, kept, counts),
    seen ? verdict(seen, seenTwice, visible.units, visible.counts) : null,
  ];
  return verdicts.reduce((best, v) => (v && (!best || rank(v) > rank(best)) ? v : best), null);
}

/**
 * How much a run weighs: a full copy decides alone, part of one (or a teaser of the story) needs another
 * signal. `seenTwice`: every copy of the run is one the reader sees.
 */
function verdict(
  run: RepeatedRun,
  seenTwice: boolean,
  units: readonly Unit[],
  counts: ReadonlyMap<string, number>,
): FindingOf<'repeated-body'> | null {
  const paragraphs = run.units.length;
  // Legacy markup parts a body's paragraphs with <br><br> in one element, and copies part one text apart
  // differently: what counts is what the occurrence that shows the most paragraphs prints.
  // Read only for a run too short to be full by its elements: a 5 MB page's copy has thousands.
  const printed = paragraphs < FULL_PARAGRAPHS ? printedParagraphs(run, units) : paragraphs;
  const detail = `${printed} paragraphs (${run.chars} characters) appear again in the same order`;
  const signal = (verdict: RepeatedBodyVerdict, what = detail): FindingOf<'repeated-body'> => ({
    name: 'repeated-body',
    verdict,
    detail: what,
  });
  if (printed >= FULL_PARAGRAPHS && (seenTwice || run.chars >= HIDDEN_FULL_CHARS)) return signal('full');
  const teaserEnds = seenTwice && run.chars >= TEASER_CHARS ? leadingTeaser(run, units, counts) : [];
  const isTeaser = teaserEnds.length > 0;
  const opening = paragraphs === 1 ? 'first paragraph' : `first ${paragraphs} paragraphs`;
  const teaser = `the story's ${opening} (${run.chars} characters) ${paragraphs === 1 ? 'is' : 'are'} printed again as a teaser`;
  if (teaserEnds.some((end) => endsAsCard(end, units)))
    return signal('card', `${teaser}, as a card of the story`);
  // One paragraph printed again has no order to repeat: a lorem-ipsum test page, a quote, a lede as a teaser.
  if (seenTwice && printed >= 2 && run.chars >= FULL_CHARS && !isTeaser) return signal('full');
  if (printed >= 2 && run.chars >= PART_CHARS) return signal('part');
  return isTeaser ? signal('part', teaser) : null;
}
