// The wording of generated pages, one table per language (vocab-<lang>.ts): adding a language is adding a
// table. "{n}" in a time format is a number, "{site}" the aggregator's name, "{outlet}" an outlet, "{name}" a
// person. Nothing here names a fixture's site: the point is wording the engine was not tuned on.
import { DE } from './vocab-de';
import { EN } from './vocab-en';
import { ES } from './vocab-es';
import { FR } from './vocab-fr';

/** How an outlet/time label prints its time. */
export const TIME_FORMATS = ['relative', 'short', 'clock', 'numeric', 'named', 'yesterday'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

export interface Vocab {
  lang: string;
  /** Prose: plain words, words with an apostrophe, hyphenated compounds (typographic variants act on them). */
  words: readonly string[];
  apostrophes: readonly string[];
  compounds: readonly string[];
  outlets: readonly string[];
  people: readonly string[];
  times: Record<TimeFormat, readonly string[]>;
  /** Promo blocks, each a list of lines (the first may be a heading). */
  promos: Record<'app' | 'ai' | 'newsletter' | 'sponsored' | 'comments', readonly (readonly string[])[]>;
  /** Image alt text printed where an image failed. */
  alts: readonly string[];
  /** Lines that send the reader on or name a curator. */
  attribution: readonly string[];
  coverage: readonly string[];
  related: readonly string[];
  videos: readonly string[];
  recommended: readonly string[];
  readMore: readonly string[];
  /** A portal's credit line ("Provided by {outlet}"). */
  provided: string;
  /** Ordinary-page wording. */
  ordinary: OrdinaryVocab;
}

interface OrdinaryVocab {
  by: string;
  comments: string;
  categories: readonly string[];
  newsletter: readonly string[];
  cookieHeading: string;
  purposes: readonly string[];
  bio: string;
  caption: string;
  /** A sentence with a date in it ("{date}" a named date). */
  dated: string;
}

export const VOCABS: readonly Vocab[] = [EN, DE, FR, ES];
