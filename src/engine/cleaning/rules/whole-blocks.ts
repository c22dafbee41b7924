import type { Candidate } from '../../core/types';
import { SKIP_TAGS } from '../../data/tags';
import { isBlock } from '../../dom/is-block';
import type { Rule } from './rule';

/** Text beside an inline element in its block that is more than a second badge or a label: prose. */
const PROSE_AROUND = 30;

/**
 * Rules cut blocks, never words: an inline element that carries text (a link, a span) inside a block with
 * text of its own ("… now on Apple's <a href=apps.apple.com>App Store</a>, which …") is part of a sentence,
 * and taking it out would leave the sentence with a hole. A block, an inline element that is its block's
 * whole text (a store badge, an "Advertisement" label), or one without words (an image) may go.
 */
export function cutsWords(el: Element): boolean {
  if (isBlock(el)) return false;
  const own = letters(el.textContent ?? '');
  if (own === 0) return false;
  let block = el.parentElement;
  while (block && !isBlock(block)) block = block.parentElement;
  return block !== null && inlineLetters(block) - own > PROSE_AROUND;
}

/** The rule with its proposals that would cut words out of a block dropped. */
export function wholeBlocks(rule: Rule): Rule {
  return {
    ...rule,
    *find(ctx) {
      const found: Candidate[] = yield* rule.find(ctx);
      return found.filter((candidate) => !cutsWords(candidate.element));
    },
  };
}

/** Letters and digits of a block's own running text, not of the blocks nested in it. */
function inlineLetters(block: Element): number {
  let count = 0;
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) count += letters(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (!isBlock(child as Element) && !SKIP_TAGS.has(tag)) walk(child as Element);
      }
    }
  };
  walk(block);
  return count;
}

function letters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
