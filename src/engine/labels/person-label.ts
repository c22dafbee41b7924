import { HANDLE, PERSON_CLASS_WORDS, PERSON_LINK, PERSON_PROPERTIES } from '../data/person-markers';
import { SOURCE_HINT } from '../data/related-phrases';
import { COMMENT_WORDS } from '../data/side-contexts';
import { hasClassWord } from '../dom/class-words';
import { fold } from '../text/fold';

const COMMENTS = new Set(COMMENT_WORDS);
/** How far above a label its byline wrapper may sit ("div.byline > div > span"). */
const WRAPPER_LEVELS = 3;
/** How far above a label the thread that heads it "Comments" may sit. */
const THREAD_LEVELS = 4;
/** A section heading is short: "Comments (12)", "Leserkommentare", not a sentence that mentions comments. */
const HEADING_CHARS = 40;

/**
 * Whether the name in a short "<name><time>" label is a person's: the label, or a wrapper just around it,
 * is marked as an author or a user, links to a person's page or shows a handle, or the label sits in a
 * comment thread (marked so, or headed "Comments"). Aggregators glue an outlet's name to the time; publishers and forums glue a writer's or a
 * commenter's. A label that marks its name as the outlet ("<span class=outlet>") names no person.
 */
export function namesPerson(label: Element): boolean {
  const parts = [label, ...label.querySelectorAll('*')];
  if (parts.some((el) => SOURCE_HINT.test(el.getAttribute('class') ?? ''))) return false;
  if (HANDLE.test(label.textContent ?? '') || parts.some(marksPerson)) return true;
  let level = 0;
  for (let node = label.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    if (++level <= WRAPPER_LEVELS && marksPerson(node)) return true;
    if (hasClassWord(node, COMMENTS)) return true;
    if (level <= THREAD_LEVELS && headedAsComments(node)) return true;
  }
  return false;
}

function marksPerson(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  for (const attribute of ['itemprop', 'rel']) {
    const value = el.getAttribute(attribute)?.toLowerCase();
    if (value?.split(/\s+/).some((word) => PERSON_PROPERTIES.has(word))) return true;
  }
  if (el.localName === 'a' && PERSON_LINK.test(el.getAttribute('href') ?? '')) return true;
  return hasClassWord(el, PERSON_CLASS_WORDS);
}

/** The container opens with a short heading naming a comment thread, in any of the word list's languages. */
function headedAsComments(container: Element): boolean {
  const heading = container.firstElementChild;
  if (!heading?.nextElementSibling) return false;
  const text = heading.textContent ?? '';
  if (text.length > HEADING_CHARS) return false;
  return fold(text)
    .split(' ')
    .some((word) => COMMENTS.has(word));
}
