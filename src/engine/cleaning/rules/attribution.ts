import { pauseAt } from '../../core/steps';
import type { Candidate } from '../../core/types';
import type { Block } from '../../dom/blocks';
import {
  type AttributionKind,
  attributionHeading,
  attributionLine,
  MAX_LINE,
} from '../../labels/attribution';
import { dropNested, growUnit } from './promo-block';
import type { Rule } from './rule';
import { widgetUnit } from './widget-unit';

declare module '../../core/types' {
  interface RuleNames {
    attribution: true;
  }
}

const REASONS: Record<AttributionKind, string> = {
  original: 'sends the reader to the original outlet',
  curator: 'names the aggregator’s curator',
  coverage: 'lists other outlets covering the story',
  video: 'video rail',
  recommendation: 'recommendation block',
};

/** An attribution line with what wraps it (a "Visit" button, an outlet logo) stays under this. */
const MAX_LINE_UNIT = 300;

/**
 * Attribution and coverage blocks an aggregator prints around the story it republishes: lines that send the
 * reader to the original outlet or name a curator, "More coverage" widgets, video rails and recommendation
 * headings with their blocks. Related-story sections are left to the related-story reader, which takes them
 * out of the article itself.
 */
export const attribution: Rule = {
  name: 'attribution',
  needs: ['related'],
  *find(ctx) {
    const blocks = ctx.blocks();
    const related = ctx.related();
    const inRelated = (el: Element) =>
      related.some((section) => section.contains(el) || el.contains(section));
    const isLine = (b: Block) => !b.mixed && attributionLine(b.text) !== null;
    const out: Candidate[] = [];
    for (let i = 0; i < blocks.length; i++) {
      if (pauseAt(i + 1)) yield;
      const block = blocks[i]!;
      if (block.mixed || block.text.length > MAX_LINE || inRelated(block.element)) continue;
      const line = attributionLine(block.text);
      if (line) {
        const unit = growUnit(i, blocks, isLine, MAX_LINE_UNIT);
        if (!inRelated(unit)) out.push({ element: unit, reason: REASONS[line.kind] });
        continue;
      }
      const kind = attributionHeading(block.text);
      if (!kind) continue;
      for (const element of widgetUnit(i, blocks, inRelated)) out.push({ element, reason: REASONS[kind] });
    }
    return dropNested(out);
  },
};
