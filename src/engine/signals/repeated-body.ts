import type { Block } from '../dom/blocks';
import { countSentences, isRepeated, toUnits } from '../dedupe/units';
import type { Signal } from '../types';

/** Quotes and code repeat legitimately (forum replies, docs); they never count as a repeated body. */
const LEGIT_REPEATS = 'blockquote, q, pre, code, table';
const LONG_BLOCK = 60;

/** The article body rendered more than once: several distinct long blocks that occur twice or more. */
export function repeatedBody(blocks: readonly Block[]): Signal | null {
  const units = toUnits(blocks.filter((b) => b.text.length >= LONG_BLOCK && !b.element.closest(LEGIT_REPEATS)));
  const { counts } = countSentences(units);
  const distinct = new Set<string>();
  let chars = 0;
  for (const unit of units) {
    if (!isRepeated(unit, counts)) continue;
    const key = unit.sentences.join(' ');
    if (distinct.has(key)) continue;
    distinct.add(key);
    chars += unit.weight;
  }
  const detail = `${distinct.size} paragraphs (${chars} characters) appear more than once`;
  if (distinct.size >= 3 && chars >= 400) return { name: 'repeated-body', weight: 4.5, detail };
  if (distinct.size >= 2 && chars >= 250) return { name: 'repeated-body', weight: 2.5, detail };
  return null;
}
