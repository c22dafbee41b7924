import { pauseAt, type Steps } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { HEADING_TAGS, STRUCTURAL_TAGS } from '../../data/tags';
import type { Block } from '../../dom/blocks';
import { firstLine } from '../../dom/first-line';
import { squash } from '../../text/fold';
import { selectAll } from './attributed';
import type { RuleContext } from './rule';
import { spacedOf } from './spaced';

export interface PromoSpec {
  patterns: readonly RegExp[];
  reason: string;
  /** A matching block longer than this is prose that mentions the phrase, not a promo. */
  maxBlockChars?: number;
  /** The promo unit (heading, text, buttons) never grows past this much text. */
  maxUnitChars?: number;
}

/** Other text a promo unit may hold: button labels, badge alts, a short heading. */
const SHORT_CHARS = 60;

/** Text short enough to be a label: a phrase anywhere in it is the block's point. */
const LABEL_CHARS = 80;

/**
 * A promo says its phrase up front: in a short label anywhere, in a longer block only where a
 * sentence starts ("…local flavor? Download Daily8 app today"). Prose mentions it mid-sentence.
 */
function isPromoText(text: string, patterns: readonly RegExp[], maxChars: number): boolean {
  if (text.length > maxChars) return false;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (text.length <= LABEL_CHARS || match[0].length >= text.length / 2) return true;
    if (/^\s*$|[.!?:]\s*$/.test(text.slice(0, match.index))) return true;
  }
  return false;
}

/** Blocks whose whole short text matches, each grown to the promo unit around it. */
export function* promoBlocks(ctx: RuleContext, spec: PromoSpec): Steps<Candidate[]> {
  const blocks = ctx.blocks();
  const max = spec.maxBlockChars ?? 300;
  const matches = (b: Block) =>
    b.text.length <= max &&
    (isPromoText(b.mixed ? b.text : spacedOf(b), spec.patterns, max) || promoFirstLine(b, spec.patterns));
  const out: Candidate[] = [];
  const taken = new Set<Element>();
  for (let i = 0; i < blocks.length; i++) {
    if (pauseAt(i + 1)) yield;
    const block = blocks[i]!;
    if (!matches(block)) continue;
    // Loose text in a container: the container is the unit, so everything in it must be promo too.
    if (block.mixed && !onlyPromoInside(block.element, i, blocks, matches)) continue;
    const unit = growUnit(i, blocks, matches, spec.maxUnitChars ?? 400);
    if (taken.has(unit)) continue;
    taken.add(unit);
    out.push({ element: unit, reason: spec.reason });
  }
  return dropNested(out);
}

/** A block whose first line, parted from the rest by a <br>, is a promo label ("<b>Try our AI</b><br>…"). */
function promoFirstLine(block: Block, patterns: readonly RegExp[]): boolean {
  if (block.mixed) return false;
  const line = firstLine(block.element);
  return line !== null && line.length <= LABEL_CHARS && isPromoText(line, patterns, LABEL_CHARS);
}

/**
 * Climbs from a matching block while the parent holds only promo text and short labels: the whole
 * "DOWNLOAD THE APP" box goes, never a neighbouring paragraph.
 */
export function growUnit(
  index: number,
  blocks: readonly Block[],
  matches: (b: Block) => boolean,
  maxChars: number,
): Element {
  let unit = blocks[index]!.element;
  for (
    let parent = unit.parentElement;
    parent && !STRUCTURAL_TAGS.has(parent.tagName);
    parent = parent.parentElement
  ) {
    if (parent.tagName === 'ARTICLE' || parent.querySelector('h1')) break;
    if (squash(parent.textContent ?? '').length > maxChars) break;
    if (!onlyPromoInside(parent, index, blocks, matches)) break;
    unit = parent;
  }
  return unit;
}

function onlyPromoInside(
  parent: Element,
  index: number,
  blocks: readonly Block[],
  matches: (b: Block) => boolean,
): boolean {
  const ok = (b: Block) =>
    matches(b) || (b.text.length < SHORT_CHARS && !HEADING_TAGS.has(b.element.tagName)) || isLabelHeading(b);
  for (let i = index - 1; i >= 0 && parent.contains(blocks[i]!.element); i--)
    if (!ok(blocks[i]!)) return false;
  for (let i = index + 1; i < blocks.length && parent.contains(blocks[i]!.element); i++)
    if (!ok(blocks[i]!)) return false;
  return true;
}

/** A heading of a promo box is short and has no sentence in it. */
function isLabelHeading(b: Block): boolean {
  return HEADING_TAGS.has(b.element.tagName) && b.text.length < SHORT_CHARS && b.element.tagName !== 'H1';
}

/** Keeps the outermost of nested candidates. */
export function dropNested(candidates: Candidate[]): Candidate[] {
  const elements = new Set(candidates.map((c) => c.element));
  const seen = new Set<Element>();
  return candidates.filter((c) => {
    if (seen.has(c.element)) return false;
    seen.add(c.element);
    for (let p = c.element.parentElement; p; p = p.parentElement) if (elements.has(p)) return false;
    return true;
  });
}

/** Elements matching a selector list, each grown to its promo unit. */
export function* selectorUnits(
  ctx: RuleContext,
  selector: string,
  reason: string,
  maxChars = 400,
): Steps<Candidate[]> {
  const found: Candidate[] = [];
  let handled = 0;
  for (const el of selectAll(ctx, selector)) {
    if (pauseAt(++handled)) yield;
    if (STRUCTURAL_TAGS.has(el.tagName) || el.querySelector('h1')) continue;
    if (squash(el.textContent ?? '').length > maxChars) continue;
    found.push({ element: el, reason });
  }
  return dropNested(found);
}
