// The document around a generated page, and the URL parts both generators build from names.

export interface Shell {
  lang: string;
  title: string;
  site: string;
  head: string;
  body: string;
}

export const pageHtml = ({ lang, title, site, head, body }: Shell): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | ${site}</title><meta property="og:site_name" content="${site}">${head}</head><body>${body}</body></html>`;

export const hostOf = (site: string): string => `www.${site.toLowerCase().replace(/[^a-z]/g, '')}.com`;

export const slugOf = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60);

/** Parts in the order of their keys, each drawn independently: where a block sits is its own dimension. */
export function inOrder<T>(parts: readonly T[], keys: readonly number[]): T[] {
  return parts
    .map((part, i) => ({ part, key: (keys[i % keys.length] ?? 0) + i * 1e-9 }))
    .sort((a, b) => a.key - b.key)
    .map(({ part }) => part);
}
