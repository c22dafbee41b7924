import { isInside } from './dom/ancestry';
import { type Block, collectBlocks, collectBlocksSteps } from './dom/blocks';
import { findRelatedSections } from './related/related';
import type { RuleContext } from './rules/rule';
import type { Steps } from './steps';
import { fold } from './text';
import { pageTitle } from './title';
import type { CustomRules } from './types';

/** Builds the shared, lazily computed view of a page that every rule reads. */
export function createContext(
  doc: Document,
  custom: CustomRules,
): RuleContext & { touched: Set<Element>; invalidate(): void; prepare(): Steps<void> } {
  const body = doc.body ?? doc.documentElement;
  let blocks: Block[] | null = null;
  let scopes: [Block[], Block[]] | null = null;
  let related: Element[] | null = null;
  const touched = new Set<Element>();
  const title = pageTitle(doc);
  return {
    doc,
    body: body as HTMLElement,
    title: title ? fold(title) : null,
    custom,
    touched,
    blocks: () => {
      const value = blocks ?? collectBlocks(body);
      blocks = value;
      return value;
    },
    related: () => {
      const value = related ?? findRelatedSections(doc);
      related = value;
      return value;
    },
    scopes() {
      if (scopes) return scopes;
      const sections = this.related();
      const inside: Block[] = [];
      const outside: Block[] = [];
      for (const block of this.blocks())
        (sections.length > 0 && isInside(block.element, sections) ? inside : outside).push(block);
      scopes = [outside, inside];
      return scopes;
    },
    /** Collects the blocks in steps (a large page has tens of thousands), so rules find them ready. */
    *prepare() {
      blocks ??= yield* collectBlocksSteps(body);
    },
    invalidate() {
      blocks = null;
      scopes = null;
      related = null;
    },
  };
}
