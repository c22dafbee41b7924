import { NOT_STORY_LINK } from '../data/related-phrases';
import { squash } from '../text/fold';

// Tag names only: a tag query is fast in every DOM, an attribute one ([role=heading]) is not.
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** True when an anchor reads like a story headline (several words, or a heading inside). */
export function isStoryAnchor(anchor: Element): boolean {
  if (!hasWebHref(anchor)) return false;
  const text = squash(anchor.textContent ?? '');
  if (NOT_STORY_LINK.test(text)) return false;
  if (text.length >= 15 && text.split(' ').length >= 3) return true;
  return anchor.querySelector(HEADING_SELECTOR) !== null;
}

/** The href without its fragment, or null when it does not lead to another web page. */
export function hrefKey(anchor: Element): string | null {
  const href = anchor.getAttribute('href')?.trim();
  if (!href || href.startsWith('#')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/\s+/g, ''))?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return null;
  return href.split('#')[0] ?? null;
}

function hasWebHref(anchor: Element): boolean {
  return hrefKey(anchor) !== null;
}

/** Story anchors under root, in document order (a tag-only query: fast in every DOM). */
export function anchorsIn(root: Element): Element[] {
  return [...root.querySelectorAll('a')].filter((a) => a.hasAttribute('href'));
}

/** Distinct story links under root, by href. Used to decide whether a container lists stories. */
export function storyLinkCount(root: Element): number {
  const seen = new Set<string>();
  for (const anchor of root.querySelectorAll('a')) {
    const key = hrefKey(anchor);
    if (key && !seen.has(key) && isStoryAnchor(anchor)) seen.add(key);
  }
  return seen.size;
}

export { HEADING_SELECTOR };
