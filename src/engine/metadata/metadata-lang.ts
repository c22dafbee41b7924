import { RTL_LANGUAGES } from '../data/metadata-hints';
import { PageMeta } from './head-meta';

/** The page's language: html[lang], else a content-language or og:locale meta ("en_GB" -> "en-GB"). */
export function readLang(doc: Document, meta = new PageMeta(doc)): string | null {
  const html = doc.documentElement;
  const declared =
    html?.getAttribute('lang') ??
    html?.getAttribute('xml:lang') ??
    doc.body?.getAttribute('lang') ??
    meta.get(['content-language', 'og:locale', 'language', 'dc.language']);
  const lang = declared?.trim().replace(/_/g, '-');
  return lang ? lang : null;
}

/** body[dir] or html[dir]; else right-to-left for Arabic, Hebrew, Persian, Urdu, Yiddish...; else null. */
export function readDir(doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  // The body's direction is the more specific one when both are set.
  for (const el of [doc.body, doc.documentElement]) {
    const dir = el?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  const primary = lang?.toLowerCase().split('-')[0];
  return primary && RTL_LANGUAGES.includes(primary) ? 'rtl' : null;
}
