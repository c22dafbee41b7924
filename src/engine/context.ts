import { isInside } from './dom/ancestry';
import { type Block, collectBlocks } from './dom/blocks';
import { findRelatedSections } from './related/related';
import type { RuleContext } from './rules/rule';
import { fold } from './text';
import { pageTitle } from './title';
import type { CustomRules } from './types';

/** Builds the shared, lazily computed view of a page that every rule reads. */
export function createContext(
  doc: Document,
  custom: CustomRules,
): RuleContext & { touched: Set<Element>; invalidate(): void } {
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
    invalidate() {
      blocks = null;
      scopes = null;
      related = null;
    },
  };
}
