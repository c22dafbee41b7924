import { pauseAt, type Steps } from '../core/steps';
import { NAVIGATION_SELECTOR } from '../data/related-phrases';
import { nextOutside } from '../dom/ancestry';

// A related-stories section never holds the story itself: a candidate that contains the headline or
// the article's paragraphs (or, when neither is found, most of the page's text) is the page.
const MOST_OF_PAGE = 0.7;
const MIN_CORE_PARAGRAPHS = 3;
const BREADCRUMBS = '[class*="breadcrumb"], [id*="breadcrumb"], [class*="Breadcrumb"]';

export interface ArticleGuard {
  /** True when el holds the article (so it cannot be a related section). */
  swallows(el: Element): boolean;
  /** True when el sits in the article's own container (beside the headline or the paragraphs). */
  besideArticle(el: Element): boolean;
  /** True inside navigation, a site header or footer, or breadcrumbs, whose links are not stories. */
  inNavigation(el: Element): boolean;
}

/** Where the article is, for telling story links from the page's own (in steps: locating it reads every paragraph and element of the page). */
export function* articleGuardSteps(doc: Document): Steps<ArticleGuard> {
  const body = doc.body;
  const h1 = body?.querySelector('h1') ?? null;
  const articleBody = body ? yield* markedArticleBody(body) : null;
  const core = body ? yield* paragraphCore(body) : null;
  let pageLength: number | null = null;
  const holds = (el: Element, inner: Element | null): boolean => inner !== null && el.contains(inner);
  return {
    swallows(el) {
      if (el === body || el === doc.documentElement || el.tagName === 'MAIN') return true;
      if (holds(el, h1) || holds(el, articleBody) || holds(el, core)) return true;
      // Text share only when the article cannot be located: a short story may well have a long
      // related list of teasers after it.
      if (h1 || articleBody || core) return false;
      pageLength ??= body?.textContent?.length ?? 0;
      return pageLength > 0 && (el.textContent?.length ?? 0) > pageLength * MOST_OF_PAGE;
    },
    besideArticle(el) {
      const parent = el.parentElement;
      return parent !== null && (holds(parent, h1) || holds(parent, core));
    },
    inNavigation(el) {
      if (el.closest(NAVIGATION_SELECTOR) || el.closest(BREADCRUMBS)) return true;
      // A header or footer inside an article or section is the story's own, not the site's.
      const region = el.closest('header, footer');
      return region !== null && region.parentElement?.closest('article, main, section, aside') == null;
    },
  };
}

/**
 * The element holding most of the page's paragraphs: the article's body. Counted in paragraphs, not
 * characters, because a related card's one long teaser must not outweigh a short article.
 */
function* paragraphCore(body: Element): Steps<Element | null> {
  const counts = new Map<Element, number>();
  let best: Element | null = null;
  let bestCount = 0;
  let handled = 0;
  for (const p of body.querySelectorAll('p')) {
    if (pauseAt(++handled)) yield;
    const parent = p.parentElement;
    if (!parent || (p.textContent ?? '').trim().length < 40) continue;
    const count = (counts.get(parent) ?? 0) + 1;
    counts.set(parent, count);
    if (count > bestCount) {
      best = parent;
      bestCount = count;
    }
  }
  return bestCount >= MIN_CORE_PARAGRAPHS ? best : null;
}

// A plain scan: attribute selectors that match nothing walk the whole tree slowly in some DOMs.
function* markedArticleBody(body: Element): Steps<Element | null> {
  let handled = 0;
  for (let el = body.firstElementChild; el; el = el.firstElementChild ?? nextOutside(el, body)) {
    if (pauseAt(++handled)) yield;
    if (el.getAttribute('itemprop')?.toLowerCase() === 'articlebody') return el;
  }
  return null;
}
