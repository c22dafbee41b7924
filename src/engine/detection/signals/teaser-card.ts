import type { Block } from '../../dom/blocks';
import { type UnitsAround, unitsAround } from '../../dom/unit-around';
import { anchorsIn, isStoryAnchor } from '../../related/related-links';
import { squash } from '../../text/fold';

/** A card's text besides its teaser and its title link: a date, an outlet, a section label. */
const LABEL_CHARS = 80;
/** The most a card's title and labels add to its teaser. */
const CARD_EXTRA = 300 + LABEL_CHARS;

/**
 * A teaser of another story: the block is the summary on a card whose own title links to that story
 * ("<li><a>Headline</a><p>Summary…</p></li>"). Sidebars and menus print such cards twice (desktop and
 * mobile, "latest" and "most read"); that is the page listing other stories, not its article repeated.
 */
export function isTeaserCard(block: Block, around: UnitsAround = unitsAround): boolean {
  for (const unit of around(block.element, block.text.length, CARD_EXTRA)) {
    const rest = squash(unit.textContent ?? '').length - block.text.length;
    for (const anchor of anchorsIn(unit)) {
      if (block.element.contains(anchor) || !isStoryAnchor(anchor)) continue;
      if (rest - squash(anchor.textContent ?? '').length <= LABEL_CHARS) return true;
    }
  }
  return false;
}
