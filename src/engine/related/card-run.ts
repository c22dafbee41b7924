import { splitGluedLabel } from '../labels/labels';
import { squash } from '../text/fold';
import type { ArticleGuard } from './related-guard';
import { hrefKey, isStoryAnchor } from './related-links';

const MIN_CARDS = 2;
const MAX_CARDS = 60;
/** A card is a link, a label line and maybe a picture: a few elements. Bigger is a section of the page. */
const MAX_CARD_ELEMENTS = 14;
const MAX_HEADING_CHARS = 50;
const MAX_LABEL_CHARS = 80;
/** Fields that are only marks ("•", "-", "|") part a label's fields; they are no field. */
const ONLY_MARKS = /^[^\p{L}\p{N}]*$/u;

/**
 * A run of story cards, each one story link and an outlet/time line ("Die Zeit • vor 14 Tagen"), maybe under a
 * short heading: a rail of other stories however it is marked up (no list, no heading phrase, no class name).
 * Such a line dates another story; the article's own text is never cut into cards like this.
 */
export function isCardRun(el: Element, guard: ArticleGuard): boolean {
  let child = el.firstElementChild;
  if (child && !child.querySelector('a') && isShortLabel(child)) child = child.nextElementSibling;
  // The cheap test first: nearly every element fails on its first child.
  if (!child || !isCard(child)) return false;
  let cards = 0;
  for (; child; child = child.nextElementSibling) {
    if (++cards > MAX_CARDS || !isCard(child)) return false;
  }
  return cards >= MIN_CARDS && !guard.inNavigation(el) && !guard.swallows(el);
}

function isShortLabel(el: Element): boolean {
  return smallSubtree(el, 3) && squash(el.textContent ?? '').length <= MAX_HEADING_CHARS;
}

function isCard(card: Element): boolean {
  if (!smallSubtree(card, MAX_CARD_ELEMENTS)) return false;
  const anchors = card.tagName === 'A' ? [card] : [...card.querySelectorAll('a')];
  const story = anchors.find(isStoryAnchor);
  if (!story) return false;
  const key = hrefKey(story);
  if (anchors.some((a) => hrefKey(a) !== key)) return false;
  const fields = fieldsOutside(card, story);
  if (fields.length === 0) return false;
  const line = fields.join(' \u00b7 ');
  return line.length <= MAX_LABEL_CHARS && splitGluedLabel(line) !== null;
}

/** The texts of the card's elements outside its link, each a field of its label line. */
function fieldsOutside(card: Element, link: Element): string[] {
  const fields: string[] = [];
  for (const el of card.querySelectorAll('*')) {
    if (link.contains(el) || el.contains(link) || el.firstElementChild) continue;
    const text = squash(el.textContent ?? '');
    if (text && !ONLY_MARKS.test(text)) fields.push(text);
  }
  return fields;
}

/** At most `max` elements below `el`, counted without walking further. */
function smallSubtree(el: Element, max: number): boolean {
  let count = 0;
  const stack: Element[] = [];
  for (let node: Element | null = el.firstElementChild; node; ) {
    if (++count > max) return false;
    if (node.firstElementChild) {
      if (node.nextElementSibling) stack.push(node.nextElementSibling);
      node = node.firstElementChild;
    } else node = node.nextElementSibling ?? stack.pop() ?? null;
  }
  return true;
}
