import { squash } from '../text/fold';
import type { ArticleGuard } from './related-guard';
import { anchorsIn, HEADING_SELECTOR, isStoryAnchor, storyLinkCount } from './related-links';

const MIN_STORIES = 3;
// Most items must be stories: a list with a few story links among plain items is content.
const STORY_ITEM_SHARE = 0.6;

/**
 * An <aside> with three or more story links, or a <ul>/<ol> listing three or more stories away from
 * the article: a list beside the headline or the paragraphs, or inside another list, is content.
 */
export function isStoryList(el: Element, guard: ArticleGuard): boolean {
  const tag = el.tagName;
  if (tag !== 'UL' && tag !== 'OL' && tag !== 'ASIDE') return false;
  const items = [...el.children].filter((child) => child.tagName === 'LI');
  if (tag !== 'ASIDE' && items.length < MIN_STORIES) return false;
  if (guard.inNavigation(el) || guard.swallows(el)) return false;
  // An aside is a sidebar by definition, wherever it sits.
  if (tag === 'ASIDE') return storyLinkCount(el) >= MIN_STORIES;
  if (embeddedInProse(el) || el.parentElement?.closest('li') || guard.besideArticle(el)) return false;
  // Stop as soon as too many items are not stories: reference lists run to hundreds of items.
  const allowedMisses = items.length * (1 - STORY_ITEM_SHARE);
  let misses = 0;
  for (const item of items) {
    if (!isStoryItem(item) && ++misses > allowedMisses) return false;
  }
  return items.length - misses >= MIN_STORIES;
}

/** A list item that is a story card: a story link that is its headline, not a link inside prose. */
function isStoryItem(item: Element): boolean {
  const anchor = anchorsIn(item).find(isStoryAnchor);
  if (!anchor) return false;
  if (item.querySelector(HEADING_SELECTOR)) return true;
  const linkText = squash(anchor.textContent ?? '').length;
  return linkText >= squash(item.textContent ?? '').length * 0.5;
}

/** A list between two paragraphs is part of the article's text ("Further reading: ..."). */
function embeddedInProse(el: Element): boolean {
  const prev = el.previousElementSibling;
  const next = el.nextElementSibling;
  return prev?.tagName === 'P' && next?.tagName === 'P';
}
