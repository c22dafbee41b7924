import { pauseAt, runSteps, type Steps } from '../core/steps';
import { RELATED_CONTAINER_TOKENS, RELATED_HEADINGS } from '../data/related-phrases';
import { nextOutside } from '../dom/ancestry';
import { squash } from '../text/fold';
import { isCardRun } from './card-run';
import { type ArticleGuard, articleGuardSteps } from './related-guard';
import { sectionsFromHeading } from './related-heading';
import { storyLinkCount } from './related-links';
import { isStoryList } from './related-list';

const HEADINGS = new Set(RELATED_HEADINGS);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const LABEL_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'B', 'EM', 'LEGEND', 'SUMMARY']);
const CONTAINER_NAME = new RegExp(`(?:^|[^a-z])(?:${RELATED_CONTAINER_TOKENS.join('|')})`);
const MAX_HEADING_LENGTH = 50;

/**
 * The page's related-stories sections, outermost only, in document order. Never the article itself:
 * see ArticleGuard. The engine removes these before extracting the article text.
 */
export function findRelatedSections(doc: Document): Element[] {
  return runSteps(findRelatedSectionsSteps(doc));
}

/** findRelatedSections() in steps: every element of the page is looked at. */
export function* findRelatedSectionsSteps(doc: Document): Steps<Element[]> {
  const body = doc.body;
  if (!body) return [];
  const guard = yield* articleGuardSteps(doc);
  const found = new Set<Element>();
  let visited = 0;
  // Sibling links, not one querySelectorAll('*'): building that list of a huge page is a long step itself.
  for (let el = body.firstElementChild; el; el = el.firstElementChild ?? nextOutside(el, body)) {
    if (pauseAt(++visited)) yield;
    for (const section of candidatesAt(el, guard)) found.add(section);
  }
  return outermost(found);
}

function candidatesAt(el: Element, guard: ArticleGuard): Element[] {
  if (isRelatedHeading(el) && !el.closest('a, button') && !guard.inNavigation(el)) {
    return sectionsFromHeading(el, guard);
  }
  // Class, id and aria-label are attributes: most elements have none, and need no name built.
  if (el.hasAttributes() && CONTAINER_NAME.test(containerName(el))) {
    if (!guard.inNavigation(el) && !guard.swallows(el) && storyLinkCount(el) >= 2) return [el];
    return [];
  }
  if (isStoryList(el, guard) || isCardRun(el, guard)) return [el];
  return [];
}

/**
 * A heading (h2-h6, role=heading) or a bare text label whose text is a related phrase. Headings may
 * go on after the phrase ("More from Reuters"); labels must match whole, and a "Read more" label is
 * a button, not a heading.
 */
function isRelatedHeading(el: Element): boolean {
  const isHeading = HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
  // firstElementChild, not childElementCount: in jsdom the count creates a live collection that every later
  // removal from that element rebuilds (quadratic cleaning of a 50,000-paragraph body).
  if (!isHeading && (el.firstElementChild !== null || !LABEL_TAGS.has(el.tagName))) return false;
  const text = normalizeHeading(el.textContent ?? '');
  if (!text || text.length > MAX_HEADING_LENGTH) return false;
  if (text === 'read more') return isHeading;
  if (HEADINGS.has(text)) return true;
  return isHeading && RELATED_HEADINGS.some((phrase) => text.startsWith(`${phrase} `));
}

function normalizeHeading(text: string): string {
  return squash(text)
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function containerName(el: Element): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`;
  // "moreForYou", "more_stories" and "Up next" all become "more-for-you"-style tokens.
  return raw
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+(?=[a-z])/g, '-');
}

function outermost(found: ReadonlySet<Element>): Element[] {
  const kept = [...found].filter((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) if (found.has(node)) return false;
    return true;
  });
  // Document order: bit 4 (DOCUMENT_POSITION_FOLLOWING) means b comes after a.
  return kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
