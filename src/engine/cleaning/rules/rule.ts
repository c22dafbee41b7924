import type { Steps } from '../../core/steps';
import type { Candidate, CustomRules, RuleName } from '../../core/types';
import type { Block } from '../../dom/blocks';
import type { Folder } from '../../text/fold';

/** What every rule sees. Blocks are collected once per clean() and re-collected after big removals. */
export interface RuleContext {
  doc: Document;
  body: HTMLElement;
  /** The page's leaf text blocks, in document order, as of the start of this rule. */
  blocks(): Block[];
  /** blocks() split in two: those outside the related-stories sections, and those inside. */
  scopes(): [Block[], Block[]];
  /** The page's related-stories sections. */
  related(): Element[];
  /** Normalised text of the page's headline, if any. */
  title: string | null;
  custom: CustomRules;
  /** fold(), remembered for this clean(): rules and passes fold the same text again. */
  fold: Folder;
  /** Parents of elements removed so far, for the empty-containers rule. */
  touched: ReadonlySet<Element>;
  /**
   * True when the caller reads visibility from a real layout (EngineOptions.rendered): copies not shown are
   * then left alone rather than removed, since they may show at another window width.
   */
  layout: boolean;
  /** Whether the reader sees the block: the layout's answer where there is one, else the markup's. */
  shown(block: Block): boolean;
}

/** Shared views a rule reads besides blocks() (always ready): each costs a walk of the page to prepare. */
export type RuleNeed = 'related' | 'selectors';

/** One cleanup rule: finds what to remove; the engine removes it and reports it. */
export interface Rule {
  name: RuleName;
  /** What clean() prepares, in steps, before find(); a rule reading related() or scopes() needs 'related',
   * one calling selectAll() needs 'selectors'. Unprepared views are computed in one go when read. */
  needs?: readonly RuleNeed[];
  /** In steps: a rule's work grows with the page, and clean() pauses inside it (see steps.ts). */
  find(ctx: RuleContext): Steps<Candidate[]>;
}
