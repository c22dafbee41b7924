import type { Block } from '../dom/blocks';
import { metaLine } from '../labels/meta-line';
import { namesPerson } from '../labels/person-label';
import { namesSection } from '../labels/section-label';
import { isStamp } from '../labels/time-kind';
import { runSteps, STEP_ITEMS, type Steps } from '../steps';
import type { Signal } from '../types';

/**
 * "The Advertiser3 days ago": an outlet or icon label glued to a relative time, no space between. A person's
 * name glued to a date (a commenter's, a columnist's) is the page's own byline, and a section's name on a
 * card linking into that section ("Sport2:05 PM") the page's own list: neither is an outlet's label.
 */
export function gluedLabel(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): Signal | null {
  return runSteps(gluedLabelSteps(blocks, isOwnSite));
}

/**
 * gluedLabel() in steps: every block's text is parsed as a possible label. The site's own name glued to a
 * date ("Yahoo FinanceOctober 13, 2016" on finance.yahoo.com) is the publisher's label, not another outlet's.
 */
export function* gluedLabelSteps(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): Steps<Signal | null> {
  const found: string[] = [];
  let stamped = 0;
  let handled = 0;
  for (const block of blocks) {
    if (++handled % STEP_ITEMS === 0) yield;
    const line = metaLine(block.text);
    // The markup is read only for the few blocks that are such a label.
    if (!line?.glued || (line.source && (isOwnSite(line.source) || namesSection(block.element, line.source))))
      continue;
    if (namesPerson(block.element)) continue;
    if (found.includes(block.text)) continue;
    found.push(block.text);
    if (isStamp(line.published)) stamped++;
    if (found.length >= 3) break;
  }
  // One name glued to a numeric stamp ("Tobias Mühlbauer24.04.2024, 19:35 Uhr") is how a publisher's byline
  // prints too; an aggregator prints a label per story, so such stamps count from the second label on.
  if (found.length === 0 || (stamped === found.length && stamped < 2)) return null;
  return {
    name: 'glued-outlet-time',
    weight: 2,
    detail: `glued labels: ${found.map((t) => `"${t}"`).join(', ')}`,
  };
}
