import { SIDE_TAGS } from '../data/side-contexts';
import { countSentencesSteps, isRepeated, toUnitsSteps, type Unit } from '../dedupe/units';
import { closestNamed } from '../dom/ancestry';
import type { Block } from '../dom/blocks';
import { isLinkLike } from '../dom/links';
import { HEADING_TAGS } from '../dom/tags';
import { unitsAroundReader } from '../dom/unit-around';
import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import type { Signal } from '../types';
import { longestRepeatedRun } from './repeated-runs';
import { sideTextCheck } from './side-text';
import { isTeaserCard } from './teaser-card';

const PROSE_CHARS = 80;
const MARKUP_STEP = STEP_ITEMS / 4;

/**
 * Prose, not navigation: publishers repeat headlines and link lists (recirculation modules, menus),
 * aggregators repeat paragraphs. Quotes, code, captions and page furniture repeat legitimately (forum
 * replies, docs, pull quotes): never a repeated body.
 */
export function isProse(block: Block): boolean {
  if (block.text.length < PROSE_CHARS || block.mixed || HEADING_TAGS.has(block.element.tagName)) return false;
  if (!/[.!?"\u201d\u2019)]/.test(block.text)) return false;
  return !closestNamed(block.element, SIDE_TAGS) && !isLinkLike(block);
}

/**
 * The article body rendered more than once: a run of consecutive prose paragraphs printed again in the same
 * order (see repeated-runs.ts), outside the places where pages repeat text by design (see side-text.ts) and
 * not the teasers of other stories' cards.
 */
export function repeatedBody(blocks: readonly Block[]): Signal | null {
  return runSteps(repeatedBodySteps(blocks));
}

/** repeatedBody() in steps: the page's prose is read block by block. */
export function* repeatedBodySteps(blocks: readonly Block[]): Steps<Signal | null> {
  const prose: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    if (isProse(blocks[i] as Block)) prose.push(blocks[i] as Block);
  }
  const units = yield* toUnitsSteps(prose);
  const { counts } = yield* countSentencesSteps(units);
  const repeated: Unit[] = [];
  let handled = 0;
  for (const unit of units) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (isRepeated(unit, counts)) repeated.push(unit);
  }
  if (repeated.length < 2) return null;
  // Markup is read only around repeated paragraphs, which most pages have few of or none.
  const around = unitsAroundReader();
  const isSide = sideTextCheck(repeated[0]!.block.element.ownerDocument, around);
  const excluded = new Set<Unit>();
  for (const unit of repeated) {
    // Each of these reads markup around its paragraph: a shorter step than one that reads text alone.
    if (++handled % MARKUP_STEP === 0) yield;
    if (isSide(unit.block) || isTeaserCard(unit.block, around)) excluded.add(unit);
  }
  const run = yield* longestRepeatedRun(excluded.size ? units.filter((unit) => !excluded.has(unit)) : units);
  if (!run) return null;
  const paragraphs = run.units.length;
  const detail = `${paragraphs} paragraphs (${run.chars} characters) appear again in the same order`;
  if (paragraphs >= 3 && run.chars >= 600) return { name: 'repeated-body', weight: 4.5, detail };
  if (paragraphs >= 2 && run.chars >= 300) return { name: 'repeated-body', weight: 2.5, detail };
  return null;
}
