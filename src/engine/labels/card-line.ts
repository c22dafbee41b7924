import { HEADING_TAGS } from '../data/tags';

/**
 * A line beside a story card's headline link dates that story, not the page's: the link, or a heading holding
 * one, stands just before it (a line break may part them) or just after it. The page's own h1 heads no card,
 * linked or not; a block that merely holds a link (a share bar, a paragraph) is no card's headline.
 */
export function besideCardLink(line: Element): boolean {
  let before = line.previousElementSibling;
  while (before?.tagName === 'BR') before = before.previousElementSibling;
  return cardLink(before) || cardLink(line.nextElementSibling);
}

function cardLink(el: Element | null): boolean {
  if (el === null) return false;
  if (el.tagName === 'A') return el.hasAttribute('href');
  return el.tagName !== 'H1' && HEADING_TAGS.has(el.tagName) && el.querySelector('a[href]') !== null;
}
