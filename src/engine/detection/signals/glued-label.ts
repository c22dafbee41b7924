import { pauseAt, runSteps, type Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import type { Block } from '../../dom/blocks';
import { attributionLine, MAX_LINE } from '../../labels/attribution';
import { besideCardLink } from '../../labels/card-line';
import { fieldLabel } from '../../labels/field-label';
import { MAX_LINE_CHARS, metaLine } from '../../labels/meta-line';
import { namesPerson } from '../../labels/person-label';
import { namesSection } from '../../labels/section-label';
import { isRelative, isStamp } from '../../labels/time-kind';
import { fold } from '../../text/fold';

declare module '../../core/types' {
  interface SignalVerdicts {
    'glued-outlet-time': 'glued';
    /** Without a glued label: an outlet's line, or a credit line naming the outlet once. */
    'outlet-time-line': 'line' | 'credit';
  }
}

/** This reader's two signals: a glued label, or else a lighter outlet line. */
type GluedFinding = FindingOf<'glued-outlet-time'> | FindingOf<'outlet-time-line'>;

/**
 * "The Advertiser3 days ago": an outlet or icon label glued to a relative time, no space between. A person's
 * name glued to a date (a commenter's, a columnist's) is the page's own byline, and a section's name on a
 * card linking into that section ("Sport2:05 PM") the page's own list: neither is an outlet's label.
 */
export function gluedLabel(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): GluedFinding | null {
  return runSteps(gluedLabelSteps(blocks, isOwnSite));
}

/**
 * gluedLabel() in steps: every block's text is parsed as a possible label. The site's own name glued to a
 * date ("Yahoo FinanceOctober 13, 2016" on finance.yahoo.com) is the publisher's label, not another outlet's.
 * Without a glued label, one line of an outlet and a time parted by a mark or by element edges ("El País ·
 * Ayer"), or one name glued to a numeric stamp, is a lighter signal: publishers print wire stories' lines so.
 */
export function* gluedLabelSteps(
  blocks: readonly Block[],
  isOwnSite: (name: string) => boolean = () => false,
): Steps<GluedFinding | null> {
  const found: string[] = [];
  let stamped = 0;
  let spaced: string | null = null;
  let credit: { text: string; source: string } | null = null;
  let handled = 0;
  // The markup is read only for the few blocks that are such a label.
  const outlets = (block: Block, source: string | null) =>
    !(source && (isOwnSite(source) || namesSection(block.element, source))) && !namesPerson(block.element);
  for (const block of blocks) {
    if (pauseAt(++handled)) yield;
    const line = metaLine(block.text);
    if (!line?.glued) {
      if (spaced !== null || block.mixed || block.text.length > MAX_LINE_CHARS) continue;
      // An outlet parted from its time by a mark, or by a bare space before a story's age ("Perth Now 19 hours
      // ago"). A name and a date after a bare space is how a publisher credits a wire story ("Belfast Telegraph
      // Friday 9th December, 2016") and may be anything ("Aktualizacja: 02.02.2025 23:49"). Where text alone
      // reads no label, a bare space between two elements of their own parts a clock time or a short age.
      const label = line?.source
        ? line.parted || isRelative(line.published)
          ? line
          : null
        : fieldLabel(block.element);
      if (label?.source && !onCard(block.element) && outlets(block, label.source)) spaced = block.text;
      else if (line?.source && !credit && isCredit(block, line.published) && outlets(block, line.source))
        credit = { text: block.text, source: line.source };
      continue;
    }
    if (!outlets(block, line.source) || found.includes(block.text)) continue;
    found.push(block.text);
    if (isStamp(line.published)) stamped++;
    if (found.length >= 3) break;
  }
  // One name glued to a numeric stamp ("Tobias Mühlbauer24.04.2024, 19:35 Uhr") is how a publisher's byline
  // prints too; an aggregator prints a label per story, so such stamps count in full from the second label on.
  if (found.length > 0 && (stamped < found.length || stamped >= 2))
    return {
      name: 'glued-outlet-time',
      verdict: 'glued',
      detail: `glued labels: ${found.map((t) => `"${t}"`).join(', ')}`,
    };
  const line = found[0] ?? spaced;
  if (line !== null)
    return {
      name: 'outlet-time-line',
      verdict: 'line',
      detail: `an outlet line: "${line}"`,
    };
  if (credit === null || creditedAgain(blocks, credit.source)) return null;
  return {
    name: 'outlet-time-line',
    verdict: 'credit',
    detail: `a credit line: "${credit.text}"`,
  };
}

/**
 * An outlet, a bare space and its date ("El Mundo 2026-12-03", "Belfast Telegraph Friday 9th December, 2016"):
 * how a page credits a story to the outlet that wrote it. A field's name ("Aktualizacja: 02.02.2025 23:49")
 * ends in a colon, and a line on a story card dates another story.
 */
function isCredit(block: Block, published: string): boolean {
  const before = block.text.slice(0, block.text.lastIndexOf(published)).trimEnd();
  return !before.endsWith(':') && !onCard(block.element);
}

/**
 * The same credit given again as a line sending the reader to that outlet ("Read the full story at Belfast
 * Telegraph"), which the attribution signal weighs: one outlet named twice is one piece of evidence.
 */
function creditedAgain(blocks: readonly Block[], source: string): boolean {
  const outlet = fold(source);
  return blocks.some((block) => {
    if (block.text.length > MAX_LINE) return false;
    const line = attributionLine(block.text);
    return line?.kind === 'original' && fold(line.name) === outlet;
  });
}

/**
 * A line on a story card dates another story: beside the card's link, or in a list item. Those outlets are the
 * related list's (multi-outlet-related), not this story's.
 */
function onCard(line: Element): boolean {
  return line.closest('li') !== null || besideCardLink(line);
}
