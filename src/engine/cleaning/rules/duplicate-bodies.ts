import { pauseAt, type Steps } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { HEADING_TAGS, STRUCTURAL_TAGS } from '../../data/tags';
import { type CopyDecision, selectCopiesSteps } from '../../dedupe/select';
import { toUnitsSteps, type Unit } from '../../dedupe/units';
import { commonAncestor } from '../../dom/ancestry';
import type { Block } from '../../dom/blocks';
import { isLinkLike } from '../../dom/links';
import { isTruncated, spaceCount } from '../../text/fold';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'duplicate-bodies': true;
  }
}

/** Text a removed copy's container may keep besides the copy ("Read more", a date) and still go. */
const LEFTOVER_CHARS = 80;

export const duplicateBodies: Rule = {
  name: 'duplicate-bodies',
  needs: ['related'],
  *find(ctx) {
    const candidates: Candidate[] = [];
    // Related cards are deduplicated among themselves only: another outlet's version of the story
    // must never make the article lose a paragraph.
    const solid = solidOffsets(ctx.blocks());
    for (const scope of ctx.scopes()) {
      const units = yield* toUnitsSteps(scope, isCopyCandidate, ctx.fold);
      const decisions = yield* selectCopiesSteps(units, {
        shown: (unit) => ctx.shown(unit.block),
        keepUnshown: ctx.layout,
      });
      if (decisions.some((decision) => decision.whole)) yield* solid.prepare();
      for (const decision of decisions) {
        yield;
        candidates.push(...(yield* toCandidates(decision, scope, solid)));
      }
    }
    return candidates;
  },
};

/** Headlines are duplicate-headlines' business, links are navigation: neither is a body copy. */
function isCopyCandidate(block: Block): boolean {
  return !HEADING_TAGS.has(block.element.tagName) && !isLinkLike(block);
}

function* toCandidates(
  decision: CopyDecision,
  scope: readonly Block[],
  solid: SolidOffsets,
): Steps<Candidate[]> {
  const reason = decision.whole
    ? 'repeated copy of the article body'
    : 'paragraph repeated elsewhere on the page';
  const keepers = (units: readonly Unit[]) => [
    ...new Set(units.flatMap((unit) => (decision.keptBy.get(unit) ?? []).map((kept) => kept.block.element))),
  ];
  const container = decision.whole ? yield* copyContainer(decision, scope, solid) : null;
  if (container) return [{ element: container, reason, keepers: keepers(decision.removed) }];
  return decision.removed.map((unit) => ({ element: unit.block.element, reason, keepers: keepers([unit]) }));
}

/**
 * The element holding a whole removed copy, when it holds little else: removing it takes the copy's
 * leftovers ("Read more", its own dateline) with it. A leftover that reads as a sentence may be the only copy
 * of a short paragraph (a transcript's one-line answer between repeated ones): then the copy's blocks go one
 * by one instead.
 */
function* copyContainer(
  decision: CopyDecision,
  scope: readonly Block[],
  solid: SolidOffsets,
): Steps<Element | null> {
  const firstIndex = decision.removed[0]!.index;
  const lastIndex = decision.removed[decision.removed.length - 1]!.index;
  const firstBlock = scope[firstIndex]!;
  const lastBlock = scope[lastIndex]!;
  const lca =
    firstIndex === lastIndex
      ? firstBlock.element.parentElement
      : commonAncestor(firstBlock.element, lastBlock.element);
  if (!lca || STRUCTURAL_TAGS.has(lca.tagName) || lca.querySelector('h1')) return null;
  // Anything inside the container but the copy's own blocks is leftover: blocks around the copy, and blocks
  // between its blocks that are no copy (a heading, a link, a unique line).
  const copy = new Set(decision.removed.map((unit) => unit.index));
  let leftover = 0;
  let between = 0;
  const take = (block: Block): boolean => {
    leftover += block.text.length;
    return leftover <= LEFTOVER_CHARS && !readsAsSentence(block);
  };
  for (let i = firstIndex + 1; i < lastIndex; i++) {
    if (pauseAt(++between)) yield;
    if (!copy.has(i) && !take(scope[i]!)) return null;
  }
  for (let i = firstIndex - 1; i >= 0 && lca.contains(scope[i]!.element); i--)
    if (!take(scope[i]!)) return null;
  for (let i = lastIndex + 1; i < scope.length && lca.contains(scope[i]!.element); i++)
    if (!take(scope[i]!)) return null;
  // The container's text is the text of the page's blocks inside it, other scopes' included. Whitespace is
  // not counted: separators between hundreds of paragraphs would look like leftover.
  const extra = yield* solid.around(firstBlock, lastBlock, lca, LEFTOVER_CHARS * 2);
  return extra <= LEFTOVER_CHARS * 2 ? lca : null;
}

/**
 * A leftover that ends like a sentence ("The fire is out.") is text a reader would miss; labels, links and
 * teaser ends ("Read more", "3 days ago", "No comments yet...") are not.
 */
function readsAsSentence(block: Block): boolean {
  const text = block.text;
  if (isTruncated(text) || isLinkLike(block)) return false;
  return /\p{L}{2}[.!?]["'\u2019\u201d)\]]*$/u.test(text) && text.includes(' ');
}

/**
 * Characters of a block's text that are not whitespace. Block text is squashed, so its only whitespace is single
 * spaces: they are counted with native indexOf, not a loop over characters (this runs cold on every page).
 */
function solidLength(text: string): number {
  return text.length - spaceCount(text);
}

/** Non-whitespace characters of the page's blocks, as prefix sums in document order. */
interface SolidOffsets {
  /**
   * Solid characters inside `container` but outside the blocks first..last, counted outward from them and
   * given up once past `limit` (a page-wide wrapper holds everything; counting it all would be wasted).
   */
  around(first: Block, last: Block, container: Element, limit: number): Steps<number>;
  /** Builds the sums in steps ahead of use: a long page has tens of thousands of blocks. */
  prepare(): Steps<void>;
}

function solidOffsets(blocks: readonly Block[]): SolidOffsets {
  let built: { index: Map<Block, number>; before: number[] } | null = null;
  // Built on first use: most pages have no whole copy to measure.
  function* build() {
    if (built) return built;
    const index = new Map<Block, number>();
    const before = [0];
    for (let i = 0; i < blocks.length; i++) {
      if (pauseAt(i + 1)) yield;
      index.set(blocks[i]!, i);
      before.push(before[i]! + solidLength(blocks[i]!.text));
    }
    built = { index, before };
    return built;
  }
  return {
    *around(first, last, container, limit) {
      const { index, before } = yield* build();
      let lo = index.get(first) ?? 0;
      let hi = index.get(last) ?? lo;
      const copy = before[hi + 1]! - before[lo]!;
      const extra = () => before[hi + 1]! - before[lo]! - copy;
      for (let n = 1; lo > 0 && extra() <= limit && container.contains(blocks[lo - 1]!.element); n++) {
        if (pauseAt(n)) yield;
        lo--;
      }
      for (
        let n = 1;
        hi + 1 < blocks.length && extra() <= limit && container.contains(blocks[hi + 1]!.element);
        n++
      ) {
        if (pauseAt(n)) yield;
        hi++;
      }
      return extra();
    },
    *prepare() {
      yield* build();
    },
  };
}
