import { sharedCount } from './tokens';

/** A story reduced to what clustering compares: headline words, and headline plus summary words. */
export interface TokenizedStory {
  title: ReadonlySet<string>;
  text: ReadonlySet<string>;
  /** The page's own story: its text is the whole article, not a teaser. */
  anchor?: boolean;
}

// Tuned on aggregator lists: rewritten headlines of one event keep three or more content words
// ("Trump", "Ukraine", "target", "Moscow"); different events about one person share one or two.
const TITLE_SHARED = 3;
const TITLE_OVERLAP = 0.5;
const TITLE_IN_TEXT_SHARED = 3;
const TITLE_IN_TEXT_OVERLAP = 0.6;
// Against the page's full article a rewritten headline keeps fewer of its words ("Wallabies blood
// bolter Harwood..." shares 4 of 9 with the match report), while unrelated ones share one or two.
const TITLE_IN_ARTICLE_SHARED = 3;
const TITLE_IN_ARTICLE_OVERLAP = 0.35;
const SHORT_TITLE_IN_ARTICLE_SHARED = 2;
const SHORT_TITLE_IN_ARTICLE_OVERLAP = 0.5;
const TEXT_SHARED = 8;
const TEXT_OVERLAP = 0.6;
const TEXT_MIN_SIZE = 12;

/** How strongly two stories look like the same event: 0 when they do not, else an overlap in (0, 1]. */
export function sameEventScore(a: TokenizedStory, b: TokenizedStory): number {
  return Math.max(
    titleScore(a.title, b.title),
    titleInText(a.title, b.text, b.anchor === true),
    titleInText(b.title, a.text, a.anchor === true),
    textScore(a.text, b.text),
  );
}

function titleScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  const shared = sharedCount(a, b);
  const overlap = shared / smaller;
  if (shared >= TITLE_SHARED && overlap >= TITLE_OVERLAP) return overlap;
  // A short headline wholly inside a longer one ("Heatwave warning" / "Met Office heatwave warning").
  return shared >= 2 && overlap === 1 ? overlap : 0;
}

function titleInText(title: ReadonlySet<string>, text: ReadonlySet<string>, article: boolean): number {
  if (title.size === 0 || text.size <= title.size) return 0;
  const shared = sharedCount(title, text);
  const overlap = shared / title.size;
  if (shared >= TITLE_IN_TEXT_SHARED && overlap >= TITLE_IN_TEXT_OVERLAP) return overlap;
  if (!article) return 0;
  if (shared >= TITLE_IN_ARTICLE_SHARED && overlap >= TITLE_IN_ARTICLE_OVERLAP) return overlap;
  return shared >= SHORT_TITLE_IN_ARTICLE_SHARED && overlap >= SHORT_TITLE_IN_ARTICLE_OVERLAP ? overlap : 0;
}

function textScore(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller < TEXT_MIN_SIZE) return 0;
  const shared = sharedCount(a, b);
  const overlap = shared / smaller;
  return shared >= TEXT_SHARED && overlap >= TEXT_OVERLAP ? overlap : 0;
}
