import { pauseAt, runSteps, type Steps } from '../core/steps';
import type { CustomRules, Rendered } from '../core/types';
import { isInside } from '../dom/ancestry';
import { type Block, collectBlocksSteps } from '../dom/blocks';
import { blocksAfter } from '../dom/blocks-after';
import { pageTitle } from '../page/title';
import { findRelatedSectionsSteps } from '../related/related-sections';
import { fold, memoFold } from '../text/fold';
import { insideBlock, sameSections, touchesSections } from './exposure';
import { attributedElementsSteps } from './rules/attributed';
import type { RuleContext, RuleNeed } from './rules/rule';

/** The blocks outside the related sections, and those inside. */
function* splitScopes(blocks: readonly Block[], sections: readonly Element[]): Steps<[Block[], Block[]]> {
  const inside: Block[] = [];
  const outside: Block[] = [];
  let handled = 0;
  for (const block of blocks) {
    if (pauseAt(++handled)) yield;
    (sections.length > 0 && isInside(block.element, sections) ? inside : outside).push(block);
  }
  return [outside, inside];
}

/** Builds the shared, lazily computed view of a page that every rule reads. */
export function createContext(
  doc: Document,
  custom: CustomRules,
  rendered?: Rendered,
): RuleContext & {
  touched: Set<Element>;
  invalidate(): void;
  prepare(needs: readonly RuleNeed[]): Steps<void>;
  /**
   * Just before `element` leaves the page: noted, so the blocks can be brought up to date without a walk of
   * the page, and true when a block that stays changes (exposure.ts).
   */
  removing(element: Element): boolean;
  /**
   * At the end of a pass: whether the related sections the pass's rules read are still the page's, so that
   * another pass would compare the same blocks. Finds them again only when a removal touched one.
   */
  relatedSettled(): Steps<boolean>;
} {
  const body = doc.body ?? doc.documentElement;
  let blocks: Block[] | null = null;
  // The last blocks read, and the parents of what left the page since: the next read updates them
  // (blocks-after.ts).
  let basis: Block[] | null = null;
  let parents: (Element | null)[] = [];
  let scopes: [Block[], Block[]] | null = null;
  let related: Element[] | null = null;
  // Every set of sections the rules read in this pass, and whether a removal has touched one since.
  let relatedRead: Element[][] = [];
  let relatedTouched = false;
  let blockElements: Set<Element> | null = null;
  const touched = new Set<Element>();
  const title = pageTitle(doc);
  function* readBlocks(): Steps<Block[]> {
    if (!blocks) {
      blocks = basis ? yield* blocksAfter(body, basis, parents) : yield* collectBlocksSteps(body);
      basis = blocks;
      parents = [];
    }
    return blocks;
  }
  /** The related sections, found once per page state; each set found is one the rules read this pass. */
  function* readRelated(): Steps<Element[]> {
    if (!related) {
      related = yield* findRelatedSectionsSteps(doc);
      relatedRead.push(related);
    }
    return related;
  }
  return {
    doc,
    body: body as HTMLElement,
    title: title ? fold(title) : null,
    custom,
    fold: memoFold(),
    touched,
    layout: rendered !== undefined,
    shown: rendered ? (block) => rendered(block.element) : (block) => !block.hidden,
    blocks: () => runSteps(readBlocks()),
    related: () => runSteps(readRelated()),
    scopes() {
      scopes ??= runSteps(splitScopes(this.blocks(), this.related()));
      return scopes;
    },
    /**
     * Blocks, and what a rule needs besides (related sections and scopes, the selector walk), in steps: a
     * large page has tens of thousands of elements. Only what the next rule reads: after a rule's removals the
     * blocks are brought up to date and the other views found again, and most rules read blocks alone.
     */
    *prepare(needs: readonly RuleNeed[]) {
      const current = yield* readBlocks();
      if (needs.includes('related')) {
        const sections = yield* readRelated();
        scopes ??= yield* splitScopes(current, sections);
      }
      if (needs.includes('selectors')) yield* attributedElementsSteps(this);
    },
    invalidate() {
      blocks = null;
      scopes = null;
      related = null;
      blockElements = null;
    },
    removing(element) {
      parents.push(element.parentElement);
      relatedTouched ||= relatedRead.some((sections) => touchesSections(element, sections));
      blockElements ??= new Set(this.blocks().map((block) => block.element));
      return insideBlock(element, blockElements, body);
    },
    *relatedSettled() {
      const read = relatedRead;
      const touched = relatedTouched;
      relatedTouched = false;
      if (touched) related ??= yield* findRelatedSectionsSteps(doc);
      // The next pass starts out reading the sections known now, if any.
      relatedRead = related ? [related] : [];
      return !touched || read.every((sections) => related !== null && sameSections(sections, related));
    },
  };
}
