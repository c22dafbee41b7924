import { fold } from '../text/fold';

/** How far above a label its story card may sit ("div.card > div.meta > span"). */
const CARD_LEVELS = 3;

/**
 * Whether the name in a card's "<name><time>" label is the section the card's link files the story under
 * ("Cultura" on a card linking to /cultura/5555): a publisher's own list labels stories by section, an
 * aggregator's by outlet, and no outlet names the path of a link on the site itself.
 */
export function namesSection(label: Element, name: string): boolean {
  const wanted = fold(name);
  if (!wanted) return false;
  let node: Element | null = label;
  for (let level = 0; node && level <= CARD_LEVELS && node.localName !== 'body'; level++) {
    const links = node.localName === 'a' ? [node] : node.getElementsByTagName('a');
    for (const link of links) if (linksUnder(link, wanted)) return true;
    if (links.length > 0) return false;
    node = node.parentElement;
  }
  return false;
}

function linksUnder(link: Element, wanted: string): boolean {
  const href = link.getAttribute('href');
  if (!href) return false;
  // The path alone: no scheme, host, query or fragment.
  const path = href.replace(/^(?:[a-z][\w+.-]*:)?\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  // fold() reads "politik-und-wirtschaft" as it reads "Politik und Wirtschaft".
  return path.split('/').some((segment) => segment !== '' && fold(safeDecode(segment)) === wanted);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
