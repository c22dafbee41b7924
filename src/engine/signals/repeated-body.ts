import { countSentencesSteps, isRepeated, toUnitsSteps } from '../dedupe/units';
import { closestNamed } from '../dom/ancestry';
import type { Block } from '../dom/blocks';
import { isLinkLike } from '../dom/links';
import { HEADING_TAGS } from '../dom/tags';
import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import type { Signal } from '../types';

/** Quotes and code repeat legitimately (forum replies, docs); they never count as a repeated body. */
const LEGIT_REPEATS = new Set([
  'blockquote',
  'q',
  'pre',
  'code',
  'th',
  'figcaption',
  'nav',
  'header',
  'footer',
]);
const PROSE_CHARS = 80;

/**
 * Prose, not navigation: publishers repeat headlines and link lists (recirculation modules, menus),
 * aggregators repeat paragraphs.
 */
export function isProse(block: Block): boolean {
  if (block.text.length < PROSE_CHARS || block.mixed || HEADING_TAGS.has(block.element.tagName)) return false;
  if (!/[.!?"\u201d\u2019)]/.test(block.text)) return false;
  return !closestNamed(block.element, LEGIT_REPEATS) && !isLinkLike(block);
}

/** The article body rendered more than once: several distinct prose paragraphs that occur twice or more. */
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
  const distinct = new Set<string>();
  let chars = 0;
  let handled = 0;
  for (const unit of units) {
    if (++handled % STEP_ITEMS === 0) yield;
    if (!isRepeated(unit, counts)) continue;
    const key = unit.sentences.join(' ');
    if (distinct.has(key)) continue;
    distinct.add(key);
    chars += unit.weight;
  }
  const detail = `${distinct.size} paragraphs (${chars} characters) appear more than once`;
  if (distinct.size >= 3 && chars >= 600) return { name: 'repeated-body', weight: 4.5, detail };
  if (distinct.size >= 2 && chars >= 300) return { name: 'repeated-body', weight: 2.5, detail };
  return null;
}
