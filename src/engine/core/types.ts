import type { Steps } from './steps';
/**
 * One key per cleanup rule, added by the rule's own file (src/engine/cleaning/rules/<name>.ts) through
 * `declare module`: core may not import the rules (layers point down), and a new rule is then named in the one
 * file that holds it, beside its registration in RULES.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one key per rule file
export interface RuleNames {}

/** Names of the cleanup rules. */
export type RuleName = keyof RuleNames;

/** What one rule removed, and why: serialisable, so the CLI and the popup can show it. */
export interface Removal {
  rule: RuleName;
  reason: string;
  /** The removed text, trimmed and shortened for display. */
  text: string;
}

/** A rule's proposal: the element to remove and the reason. The engine applies it. */
export interface Candidate {
  element: Element;
  reason: string;
  /**
   * For a copy: the elements holding the copies of its text that stay. A caller with a layout checks that they
   * still show, and puts the copy back where one does not.
   */
  keepers?: readonly Element[];
}

/** A signal weighed: what Detection lists and scores. */
export interface Signal {
  name: SignalName;
  /** How much this signal adds to the score. */
  weight: number;
  detail: string;
}

/**
 * One key per detection signal, its verdicts as the value, added by the signal's own file
 * (src/engine/detection/signals/<name>.ts) through `declare module`: core may not import detection. The signal
 * table must then hold a row weighing each verdict (detection/signal-table.ts), or it does not compile.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one key per signal file
export interface SignalVerdicts {}

export type SignalName = keyof SignalVerdicts;

/**
 * What a signal found, before it is weighed: the signal table alone turns a verdict into a weight, so no signal
 * carries a number of its own. `count`: how many of the verdict were found, where the row weighs each.
 */
export type Finding = {
  [N in SignalName]: { name: N; verdict: SignalVerdicts[N]; detail: string; count?: number };
}[SignalName];

/** One signal's findings. */
export type FindingOf<N extends SignalName> = Extract<Finding, { name: N }>;

export interface Detection {
  isAggregator: boolean;
  score: number;
  signals: Signal[];
}

export interface RelatedStory {
  title: string;
  url: string;
  source: string | null;
  published: string | null;
  /** Stories about the same event share a cluster number (0-based, in order of first appearance). */
  cluster: number;
}

export interface Article {
  title: string;
  /** The original outlet that wrote the story. */
  source: string | null;
  /** The site showing it (the aggregator, or the publisher itself on ordinary pages). */
  siteName: string | null;
  byline: string | null;
  published: string | null;
  canonicalUrl: string | null;
  /** The publisher's own link to the story, where the page names one. */
  originalUrl: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  readingMinutes: number;
  paragraphs: string[];
  /** The article as plain text, one paragraph per line. */
  text: string;
  /** Sanitised article HTML (no scripts, handlers or javascript: URLs). */
  html: string;
  related: RelatedStory[];
}

export interface CustomRules {
  /** Remove the smallest block whose text contains one of these phrases (case-insensitive). */
  phrases: string[];
  /** Remove every element matching one of these CSS selectors. */
  selectors: string[];
}

export interface EngineOptions {
  /** The page's URL; without it the page's canonical URL (link rel=canonical, og:url) is used. */
  url?: string | null;
  /** Rules to switch off. */
  disabledRules?: readonly RuleName[];
  /** Extra aggregator hosts (exact host or parent domain). */
  extraHosts?: readonly string[];
  custom?: Partial<CustomRules>;
  /** Clean even when detection does not fire (a user's "always" site). */
  force?: boolean;
  /** Detection score at or above which a page counts as an aggregator. */
  threshold?: number;
  /** extract(): the Document was already cleaned by clean(), so do not clean the clone again. */
  cleaned?: boolean;
  /**
   * Whether the reader sees an element now, from a caller that has a layout (the content script). With it a
   * copy is removed only when it is rendered and another rendered copy of its text stays; a copy not rendered
   * is left where it is, since a stylesheet may show it at another window width. Without it (the CLI, the
   * popup's detached copy) visibility is read from the markup, and the copy the page marks as primary is kept.
   */
  rendered?: Rendered;
  /**
   * Elements never to remove: the content script's, where removing one took text off the reader's screen
   * once already (a stylesheet that shows one copy only beside another).
   */
  spare?: (element: Element) => boolean;
}

/** See EngineOptions.rendered. */
export type Rendered = (element: Element) => boolean;

export interface CleanResult {
  detection: Detection;
  /** False when the page is not an aggregator page (and not forced): nothing was changed. */
  cleaned: boolean;
  removed: Removal[];
}

/**
 * Takes an element out of the page. It may return steps: a caller on a page's main thread can take a very
 * large element out in parts (the browser tears down each removed node's layout at once).
 */
export type Remover = (
  element: Element,
  removal: Removal,
  /** See Candidate.keepers: none for a removal that is no copy (a promo). */
  keepers?: readonly Element[],
) => undefined | Steps<void>;
