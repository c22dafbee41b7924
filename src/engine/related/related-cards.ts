import { cleanUrl } from '../page/url';
import { anchorsIn, hrefKey, isStoryAnchor } from './related-links';

export interface StoryCard {
  url: string;
  /** The story's link, whose text or heading is the title. */
  anchor: Element;
  /** The largest element around the link that belongs to this story only. */
  card: Element;
}

/** Several stories meet in this element, so it is no one story's card. */
const SHARED = Symbol('shared');

/**
 * The story cards of a section, one per URL (first wins), in document order. A card is found by
 * climbing from its link while the ancestor holds no other story's link: linear in the section's size
 * times its depth.
 */
export function storyCards(section: Element, base: string | null, own: ReadonlySet<string>): StoryCard[] {
  const links: { anchor: Element; url: string }[] = [];
  for (const anchor of anchorsIn(section)) {
    if (!isStoryAnchor(anchor) || insideOtherRegion(anchor, section)) continue;
    const url = cleanUrl(hrefKey(anchor) ?? '', base);
    if (url && !own.has(url)) links.push({ anchor, url });
  }
  const owner = new Map<Element, string | typeof SHARED>();
  for (const { anchor, url } of links) {
    for (
      let node: Element | null = anchor;
      node && node !== section.parentElement;
      node = node.parentElement
    ) {
      const seen = owner.get(node);
      if (seen === SHARED) break;
      owner.set(node, seen === undefined || seen === url ? url : SHARED);
    }
  }
  const cards: StoryCard[] = [];
  const done = new Set<string>();
  for (const { anchor, url } of links) {
    if (done.has(url)) continue;
    done.add(url);
    let card = anchor;
    for (let node = anchor.parentElement; node && owner.get(node) === url; node = node.parentElement) {
      card = node;
      if (node === section) break;
    }
    cards.push({ url, anchor, card });
  }
  return cards;
}

/** Links inside a nav or footer that happens to sit in the section are not stories. */
function insideOtherRegion(anchor: Element, section: Element): boolean {
  const region = anchor.closest('nav, footer, [role="navigation"]');
  return region !== null && region !== section && section.contains(region);
}
