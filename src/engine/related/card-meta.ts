import { NOT_SOURCE_HINT, SOURCE_HINT } from '../data/related-phrases';
import { TITLE_SEPARATOR } from '../data/separators';
import { splitGluedLabel } from '../labels/labels';
import { cleanOutletName, isIconLabel, looksLikeOutletName } from '../labels/outlet-name';
import { namesPerson } from '../labels/person-label';
import { squash } from '../text/fold';
import { inStoryPath } from './story-path';

export interface CardMeta {
  source: string | null;
  published: string | null;
  /** The card's longest text block other than its title (a teaser), or ''. */
  summary: string;
}

const MAX_META = 80;
const NOT_SOURCE_REGION = '[class*="byline"], [class*="author"], [rel="author"], [itemprop="author"]';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

// Ranks of the ways an outlet shows on a card; the strongest wins, then the first.
const HINTED = 4;
const GLUED = 3;
const REPEATED = 2;
const NEXT_TO_TIME = 1;

interface Best {
  name: string;
  rank: number;
}

/**
 * The outlet, time and teaser of a story card: "Reuters · 2h ago", "timean hour ago" beside a
 * "West Australian" line, a <span class="provider">; nulls when the card shows none. A name the card marks
 * as a category, place or writer, or that names a section the story's own `url` sits in ("Malaysia" on
 * /news/malaysia/...), is not an outlet.
 */
export function cardMeta(card: Element, title: string, url: string | null = null): CardMeta {
  let published: string | null = null;
  let summary = '';
  let best: Best | null = null;
  const plain = new Map<string, { count: number; el: Element }>();
  const timeElements: Element[] = [];
  const offer = (name: string, rank: number): void => {
    if (!best || rank > best.rank) best = { name, rank };
  };
  for (const el of [card, ...card.querySelectorAll('*')]) {
    if (SKIP.has(el.tagName) || el.closest(HEADINGS)) continue;
    const text = squash(el.textContent ?? '');
    if (!text || text === title) continue;
    if (text.length > MAX_META) {
      if ((el.childElementCount === 0 || el.tagName === 'P') && text.length > summary.length) summary = text;
      continue;
    }
    const cls = el.getAttribute('class') ?? '';
    const writer = notSource(el, cls);
    const label = splitGluedLabel(text);
    if (label) {
      published ??= label.published;
      timeElements.push(el);
      const source = label.source && firstPart(label.source);
      if (source && !writer && !overlapsTitle(source, title))
        offer(source, SOURCE_HINT.test(cls) ? HINTED : GLUED);
      continue;
    }
    if (el.tagName === 'TIME') published ??= text;
    const name = firstPart(cleanOutletName(text));
    const marked = SOURCE_HINT.test(cls) || el.getAttribute('itemprop') === 'publisher';
    if (writer || !looksLikeOutletName(name, marked) || isIconLabel(name) || overlapsTitle(name, title))
      continue;
    if (marked) offer(name, HINTED);
    if (el.childElementCount === 0) {
      const entry = plain.get(name) ?? { count: 0, el };
      entry.count++;
      plain.set(name, entry);
    }
  }
  for (const [name, { count, el }] of plain) {
    if (count >= 2) offer(name, REPEATED);
    // Beside the time is where an outlet sits, but a writer's name sits there too: only trust a
    // lone name ("Reuters" / "2 hours ago"), not one of several ("Gizmodo", "Hudson Hongo").
    else if (plain.size === 1 && timeElements.some((time) => adjacent(el, time))) offer(name, NEXT_TO_TIME);
  }
  const chosen = best as Best | null;
  const source = chosen && !(url && inStoryPath(chosen.name, url)) ? chosen.name : null;
  return { source, published, summary };
}

/**
 * A label about the story or its writer: its own class says so, it sits in a byline, it names a person
 * (see person-label.ts), or a part of it is marked so ("<a class=article-section>Malaysia</a> / 5 h ago").
 */
function notSource(el: Element, cls: string): boolean {
  if (NOT_SOURCE_HINT.test(cls) || el.closest(NOT_SOURCE_REGION) !== null || namesPerson(el)) return true;
  for (const part of el.querySelectorAll('[class]'))
    if (NOT_SOURCE_HINT.test(part.getAttribute('class') ?? '')) return true;
  return false;
}

/** "Gizmodo · Kelsey Campbell", "Prospero - April 15th": the first of several labels in one line. */
function firstPart(name: string): string {
  return name.split(TITLE_SEPARATOR)[0] ?? name;
}

/** The card's own headline, or text built around it, is not an outlet. */
function overlapsTitle(name: string, title: string): boolean {
  const a = name.toLowerCase();
  const b = title.toLowerCase();
  return a.includes(b) || (b.includes(a) && a.split(' ').length >= 3);
}

function adjacent(a: Element, b: Element): boolean {
  return a.nextElementSibling === b || a.previousElementSibling === b;
}
