// The shape of one language's promo wording (data/promo-<lang>.ts). Rules match these against a block's
// whole short text (rules/promo-block.ts), never against prose: a sentence that mentions an app stays.

export interface PromoWording {
  /** The site's AI features ("Try our AI features", "Ask our AI assistant"). */
  ai: readonly RegExp[];
  /** App downloads and store badges. */
  app: readonly RegExp[];
  /** A comment widget with no comment in it. */
  emptyComments: readonly RegExp[];
  /** The heading of a comment section, on its own ("Comments"). */
  commentsHeading: readonly string[];
  /** Newsletter sign-ups, push alerts and cookie prompts. */
  newsletter: readonly RegExp[];
  /** Labels that mark an ad unit, as the whole text of a block. */
  adLabels: readonly string[];
  /** Short calls to action ("Read more"), as the whole text of a block. */
  callsToAction: readonly string[];
}

/** A list of whole-text alternatives as one pattern body (regex characters in them escaped). */
export const alternatives = (items: readonly string[]): string =>
  items.map((item) => item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
