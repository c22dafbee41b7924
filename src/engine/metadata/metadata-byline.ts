import { AUTHOR_META, BYLINE_CLASS } from '../data/metadata-hints';
import { squash } from '../text/fold';
import { cleanByline } from './byline-text';
import { siteChromeSkipper, walkElements } from './element-walk';
import { PageMeta } from './head-meta';
import type { JsonLd, JsonLdNode } from './json-ld';
import { namesOf } from './json-ld-values';

const MAX_TEXT = 150;

/**
 * The writer: rel=author, itemprop=author, <meta name=author>, JSON-LD author (people only), a
 * .byline/.author element, or a "By Jane Doe" line near the headline. Never the outlet: names equal to
 * `outlets` (the source, the site) are skipped, since aggregators fill "author" with the outlet.
 */
export function readByline(
  doc: Document,
  related: ReadonlySet<Element>,
  ld: JsonLd,
  main: JsonLdNode | null,
  nearHeadline: string | null,
  outlets: readonly (string | null)[],
  meta = new PageMeta(doc),
): string | null {
  const taken = new Set(outlets.filter((o): o is string => !!o).map((o) => o.toLowerCase()));
  const marked = markedBylines(doc, related);
  const author = meta.get(AUTHOR_META);
  const candidates = [
    marked.rel,
    marked.itemprop,
    author && !/^https?:/i.test(author) ? author : null,
    namesOf(main?.author, ld, true).join(', ') || null,
    marked.classed,
    nearHeadline,
  ];
  for (const candidate of candidates) {
    const name = candidate ? cleanByline(candidate) : null;
    if (name && !taken.has(name.toLowerCase())) return name;
  }
  return null;
}

interface MarkedBylines {
  rel: string | null;
  itemprop: string | null;
  classed: string | null;
}

function markedBylines(doc: Document, related: ReadonlySet<Element>): MarkedBylines {
  const found: MarkedBylines = { rel: null, itemprop: null, classed: null };
  const body = doc.body;
  if (!body) return found;
  const skip = siteChromeSkipper(related);
  // Comment threads have authors too; they are not the story's.
  walkElements(
    body,
    (el) => skip(el) || /comment/i.test(el.getAttribute('class') ?? ''),
    (el) => {
      if (!found.rel && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) found.rel = shortText(el);
      if (!found.itemprop && el.getAttribute('itemprop') === 'author') {
        const name = el.querySelector('[itemprop="name"]');
        found.itemprop = name?.getAttribute('content') ?? shortText(name ?? el) ?? el.getAttribute('content');
      }
      if (!found.classed && BYLINE_CLASS.test(el.getAttribute('class') ?? '')) found.classed = shortText(el);
    },
  );
  return found;
}

function shortText(el: Element): string | null {
  if (el.childElementCount > 6) return null;
  const text = squash(el.textContent ?? '');
  return text && text.length <= MAX_TEXT ? text : null;
}
