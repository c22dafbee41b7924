import type { ArticleGuard } from './related-guard';
import { storyLinkCount } from './related-links';

// Headings sit at most a few wrappers above their list ("section > div.head > div.title > h2").
const MAX_CLIMB = 6;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The section a related heading introduces: the nearest ancestor that also holds story links. When
 * that ancestor would be the article's own container (a flat page: h2 and cards are siblings of the
 * article) or holds content before the heading, the heading and the run of story-holding siblings
 * after it.
 */
export function sectionsFromHeading(heading: Element, guard: ArticleGuard): Element[] {
  let node = heading;
  for (let depth = 0; depth < MAX_CLIMB; depth++) {
    const parent = node.parentElement;
    if (!parent || guard.swallows(parent) || precededByContent(node)) return siblingRun(node, guard);
    node = parent;
    if (storyLinkCount(node) > 0) return [node];
  }
  return [];
}

/**
 * Text before the heading in the same container: a related section opens with its heading, so this
 * container holds other content too (earlier sections, the article's list) and must not be taken.
 */
function precededByContent(node: Element): boolean {
  for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
    if ((sib.textContent ?? '').trim()) return true;
  }
  return false;
}

function siblingRun(start: Element, guard: ArticleGuard): Element[] {
  const run = [start];
  let stories = 0;
  for (let sib = start.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (HEADINGS.has(sib.tagName) || guard.swallows(sib)) break;
    const count = storyLinkCount(sib);
    if (count > 0) {
      run.push(sib);
      stories += count;
    } else if ((sib.textContent ?? '').trim()) {
      break;
    }
  }
  return stories > 0 ? run : [];
}
