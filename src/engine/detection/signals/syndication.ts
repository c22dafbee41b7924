import type { FindingOf } from '../../core/types';
import { hostOf } from '../../page/page-url';

declare module '../../core/types' {
  interface SignalVerdicts {
    'syndication-meta': 'meta';
  }
}

/** <meta name=...> and <link rel=...> values by which a page names the outlet it republishes. */
const MARKS = new Set(['syndication-source', 'original-source']);

/**
 * One pass over the head's children (the parser puts <meta> and <link> there): no selector engine, whose
 * first query on a Document costs more in some DOM libraries than this whole check. A tag that names no
 * address, or the page's own host (`url`), is a publisher claiming its own story (the tags' intended use):
 * only another site's address means the story is republished.
 */
export function syndicationMeta(
  doc: Document,
  url: string | null = null,
): FindingOf<'syndication-meta'> | null {
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName;
    const key = tag === 'meta' ? 'name' : tag === 'link' ? 'rel' : null;
    const value = key ? el.getAttribute(key)?.trim().toLowerCase() : undefined;
    if (!value || !MARKS.has(value)) continue;
    const source = hostOf(absolute(el.getAttribute(tag === 'meta' ? 'content' : 'href'), url));
    if (!source || sameSite(source, hostOf(url))) continue;
    return {
      name: 'syndication-meta',
      verdict: 'meta',
      detail: `the page names its original source (${value})`,
    };
  }
  return null;
}

/** "sports.espn.go.com" and "espn.go.com" are one site. */
function sameSite(a: string, b: string | null): boolean {
  return b !== null && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`));
}

function absolute(address: string | null, base: string | null): string | null {
  if (!address?.trim()) return null;
  try {
    return new URL(address.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}
