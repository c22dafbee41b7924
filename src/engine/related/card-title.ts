import { squash } from '../text/fold';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TITLE_CLASS = /title|headline|titel|titre|titulo|t\u00edtulo|ueberschrift|schlagzeile/i;
const MAX_TITLE = 300;

/**
 * A card's headline: the heading inside its link, else the link's text, else the card's heading,
 * else the link's label. Cards often repeat the headline (link, hidden copy, heading): use it once.
 */
export function cardTitle(anchor: Element, card: Element): string | null {
  const fromAnchor = headingText(anchor);
  if (fromAnchor) return fromAnchor;
  const text = squash(anchor.textContent ?? '');
  if (text && text.length <= MAX_TITLE && !hasMetaChildren(anchor)) return onceOnly(text);
  const fromCard = headingText(card) ?? (text && text.length <= MAX_TITLE ? text : null);
  if (fromCard) return onceOnly(fromCard);
  const label = anchor.getAttribute('aria-label') ?? anchor.getAttribute('title');
  return label && squash(label) ? onceOnly(squash(label)) : null;
}

function headingText(root: Element): string | null {
  for (const el of root.querySelectorAll('*')) {
    if (!isTitleElement(el)) continue;
    const text = squash(el.textContent ?? '');
    if (text && text.length <= MAX_TITLE) return onceOnly(text);
  }
  return null;
}

function isTitleElement(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  return TITLE_CLASS.test(el.getAttribute('class') ?? '');
}

/** A link that wraps the whole card (outlet, time, headline) has block children; its text is glued. */
function hasMetaChildren(anchor: Element): boolean {
  return anchor.querySelector('div, p, ul, li, time, span + span') !== null;
}

/** "Trump says X Trump says X" -> "Trump says X": a title glued to its own hidden copy. */
export function onceOnly(text: string): string {
  for (const times of [2, 3]) {
    for (const gap of [0, 1]) {
      const length = (text.length - gap * (times - 1)) / times;
      if (!Number.isInteger(length) || length < 1) continue;
      const part = text.slice(0, length);
      const joiner = gap ? ' ' : '';
      if (Array.from({ length: times }, () => part).join(joiner) === text) return part;
    }
  }
  return text;
}
