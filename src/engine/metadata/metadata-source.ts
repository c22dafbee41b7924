import {
  NOT_SOURCE_CLASS,
  SOURCE_CLASS,
  SOURCE_DATA_ATTRIBUTES,
  SOURCE_ITEMPROPS,
  SOURCE_META,
  SOURCE_TEXT,
} from '../data/metadata-hints';
import { cleanOutletName, looksLikeOutletName } from '../labels/outlet-name';
import { compact, squash } from '../text/fold';
import { siteChromeSkipper, walkElements } from './element-walk';
import { PageMeta } from './head-meta';
import type { JsonLd, JsonLdNode } from './json-ld';
import { nameAt, namesOf, nodesAt } from './json-ld-values';

// FONT: a legacy table layout prints its credit line in one.
const TEXT_TAGS = new Set('P SPAN DIV SMALL EM I STRONG B CITE LI FOOTER A ASIDE FONT'.split(' '));
const MAX_HINT_TEXT = 120;
const MAX_LINE = 200;
const COPYRIGHT = SOURCE_TEXT[SOURCE_TEXT.length - 1];
// A cheap test before the patterns: most lines name no source at all.
const SOURCE_WORDS =
  /source|quelle|fuente|fonte|via|originally|first|provided|courtesy|distributed|syndicated|published|bereitgestellt|verfügung|fourni|proposé|proporcionado|cortesía|©|\(c\)|copyright/i;

/**
 * The original outlet as the page's markup names it, in order: an element marked as source, provider
 * or attribution; a "Source: X" / "Originally published by X" / "© X" line; a <meta>; JSON-LD.
 * `siteName` (the aggregator) is never taken from a copyright line: that is the site's own notice.
 */
export function markedSource(
  doc: Document,
  related: ReadonlySet<Element>,
  ld: JsonLd,
  main: JsonLdNode | null,
  siteName: string | null,
  meta = new PageMeta(doc),
): string | null {
  let hinted: string | null = null;
  let stated: string | null = null;
  const body = doc.body;
  if (body) {
    walkElements(body, siteChromeSkipper(related), (el) => {
      hinted ??= hintedName(el);
      stated ??= statedName(el, siteName);
    });
  }
  return hinted ?? stated ?? metaName(meta) ?? jsonLdSource(ld, main, siteName);
}

/** Where a picture's credit sits ("Photo: Getty Images", "AP Photo/Evan Vucci"): it credits the picture. */
const PICTURE = 'figure, figcaption, picture';
/** A card of another story (a link or a list item): its outlet is that story's, not this one's. */
const CARD = 'a, li';

/** An element the markup marks as the source: data-source="X", itemprop=provider, class="provider". */
function hintedName(el: Element): string | null {
  if (!el.hasAttributes()) return null;
  for (const attr of SOURCE_DATA_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value) return outletName(value, true);
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && SOURCE_ITEMPROPS.includes(itemprop)) {
    const named = el.querySelector('[itemprop="name"]');
    const value = named?.getAttribute('content') ?? named?.textContent ?? el.getAttribute('content');
    return outletName(value ?? el.textContent ?? '', true);
  }
  if (!SOURCE_CLASS.test(classWords(el)) || el.childElementCount > 4) return null;
  // Picture credits ("sub_buzz_grid_cell_caption > .source_via") sit in captions, not in the story's header.
  if (creditsPicture(el) || el.parentElement?.closest(CARD)) return null;
  const text = squash(el.textContent ?? '') || logoLabel(el);
  if (!text || text.length > MAX_HINT_TEXT) return null;
  return statedIn(text, null) ?? outletName(text, true);
}

/** A provider's logo names the outlet in its alt text or label ("The Guardian logo"). */
function logoLabel(el: Element): string {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img[alt]');
  const label = el.getAttribute('aria-label') ?? img?.getAttribute('alt') ?? el.getAttribute('title') ?? '';
  return squash(label).replace(/\s+(?:logo|icon|image)$/i, '');
}

/** Inside a figure or its caption, or marked as a picture's credit or caption (three levels up). */
function creditsPicture(el: Element): boolean {
  if (el.closest(PICTURE)) return true;
  for (let node: Element | null = el, up = 0; node && up < 3; node = node.parentElement, up++) {
    if (NOT_SOURCE_CLASS.test(classWords(node))) return true;
  }
  return false;
}

/** A line that says where the story is from: "Source: Reuters", "Originally published by X". */
function statedName(el: Element, siteName: string | null): string | null {
  if (!TEXT_TAGS.has(el.tagName) || el.childElementCount > 3) return null;
  const text = squash(el.textContent ?? '');
  if (!text || text.length > MAX_LINE || !SOURCE_WORDS.test(text)) return null;
  // "(Source: Riivka)" linked or under a picture credits the picture, not the story.
  if (el.closest('a') || creditsPicture(el) || isWholeLink(el, text)) return null;
  return statedIn(text, siteName);
}

/** The outlet a line names ("Source: Reuters"), or null. */
export function statedIn(text: string, siteName: string | null): string | null {
  for (const pattern of SOURCE_TEXT) {
    const captured = pattern.exec(text)?.[1];
    if (!captured) continue;
    const bare = captured
      .replace(/\.?\s*all rights reserved.*$/i, '')
      .replace(/[\s,.]+(?:\d{4})?[\s.]*$/, '');
    const name = outletName(bare);
    if (pattern === COPYRIGHT && name && siteName && sharesWord(name, siteName)) return null;
    if (name) return name;
  }
  return null;
}

/** A line that is all one link ("Source: Riivka" linking to an artist) credits what it links to. */
function isWholeLink(el: Element, text: string): boolean {
  for (const anchor of el.querySelectorAll('a')) if (squash(anchor.textContent ?? '') === text) return true;
  return false;
}

/** "Telegraph Media Group" and "The Telegraph" are one owner: the site's own copyright notice. */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(b.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return (a.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((word) => words.has(word));
}

function metaName(meta: PageMeta): string | null {
  const value = meta.get(SOURCE_META);
  return value && !/^https?:|^\/\//i.test(value) ? outletName(value) : null;
}

/** The story's origin in JSON-LD; its publisher only where that is not the site showing it. */
function jsonLdSource(ld: JsonLd, main: JsonLdNode | null, siteName: string | null): string | null {
  const basedOn = nodesAt(main, 'isBasedOn', ld).flatMap((node) => namesOf(node.publisher, ld));
  const declared = nameAt(main, 'sourceOrganization', ld) ?? basedOn[0] ?? nameAt(main, 'provider', ld);
  if (declared) return declared;
  const publisher = nameAt(main, 'publisher', ld);
  return publisher && siteName && !sameOutlet(publisher, siteName) ? outletName(publisher) : null;
}

/** "MSN" and "www.msn.com", "Yahoo Finance" and "Yahoo": one site's names. */
function sameOutlet(name: string, site: string): boolean {
  const key = compact(name);
  return key === compact(site) || sharesWord(name, site) || site.toLowerCase().split('.').includes(key);
}

/** `marked`: the markup says this is the source, so lower-case brands ("tagesschau") pass. */
function outletName(text: string, marked = false): string | null {
  const name = cleanOutletName(squash(text));
  return looksLikeOutletName(name, marked) ? name : null;
}

/** Class words split at camelCase, lower-cased: "caasAttrProvider" reads as "caas-attr-provider". */
function classWords(el: Element): string {
  return (el.getAttribute('class') ?? '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
