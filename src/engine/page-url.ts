/** The page's URL: the caller's, else its canonical link or og:url, else the Document's own if http(s). */
export function pageUrl(doc: Document, given?: string | null): string | null {
  const candidates = [
    given,
    doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.head?.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.URL,
  ];
  const base = given ?? (/^https?:/i.test(doc.URL) ? doc.URL : undefined);
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim(), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Unparseable: try the next source.
    }
  }
  return null;
}

export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
