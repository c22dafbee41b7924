import { type CopyDecision, selectCopies } from '../dedupe/select';
import { toUnits } from '../dedupe/units';
import { commonAncestor } from '../dom/ancestry';
import type { Block } from '../dom/blocks';
import { isLinkLike } from '../dom/links';
import { HEADING_TAGS, STRUCTURAL_TAGS } from '../dom/tags';
import { squash } from '../text';
import type { Candidate } from '../types';
import type { Rule } from './rule';

/** Text a removed copy's container may keep besides the copy ("Read more", a date) and still go. */
const LEFTOVER_CHARS = 80;

export const duplicateBodies: Rule = {
  name: 'duplicate-bodies',
  find(ctx) {
    const candidates: Candidate[] = [];
    // Related cards are deduplicated among themselves only: another outlet's version of the story
    // must never make the article lose a paragraph.
    for (const scope of ctx.scopes()) {
      const decisions = selectCopies(toUnits(scope, isCopyCandidate));
      for (const decision of decisions) candidates.push(...toCandidates(decision, scope));
    }
    return candidates;
  },
};

/** Headlines are duplicate-headlines' business, links are navigation: neither is a body copy. */
function isCopyCandidate(block: Block): boolean {
  return !HEADING_TAGS.has(block.element.tagName) && !isLinkLike(block);
}

function toCandidates(decision: CopyDecision, scope: readonly Block[]): Candidate[] {
  const reason = decision.whole
    ? 'repeated copy of the article body'
    : 'paragraph repeated elsewhere on the page';
  const first = decision.removed[0]!;
  const last = decision.removed[decision.removed.length - 1]!;
  const container = decision.whole ? copyContainer(first.index, last.index, scope) : null;
  if (container) return [{ element: container, reason }];
  return decision.removed.map((unit) => ({ element: unit.block.element, reason }));
}

/**
 * The element holding a whole removed copy, when it holds little else: removing it takes the copy's
 * leftovers ("Read more", its own dateline) with it.
 */
function copyContainer(firstIndex: number, lastIndex: number, scope: readonly Block[]): Element | null {
  const firstBlock = scope[firstIndex]!;
  const lastBlock = scope[lastIndex]!;
  const lca =
    firstIndex === lastIndex
      ? firstBlock.element.parentElement
      : commonAncestor(firstBlock.element, lastBlock.element);
  if (!lca || STRUCTURAL_TAGS.has(lca.tagName) || lca.querySelector('h1')) return null;
  // The copy's own blocks span [firstIndex, lastIndex]; anything else inside the container is leftover.
  let leftover = 0;
  for (let i = firstIndex - 1; i >= 0 && lca.contains(scope[i]!.element); i--)
    leftover += scope[i]!.text.length;
  for (let i = lastIndex + 1; i < scope.length && lca.contains(scope[i]!.element); i++)
    leftover += scope[i]!.text.length;
  const inner = squash(lca.textContent ?? '').length;
  const copy = lastBlock.offset + lastBlock.text.length - firstBlock.offset;
  return leftover <= LEFTOVER_CHARS && inner - copy <= LEFTOVER_CHARS * 2 ? lca : null;
}
