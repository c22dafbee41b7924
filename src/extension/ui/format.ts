// Display formats for the article header.

/** A readable date in the reader's locale; text the page gave that is not a date is shown as it is. */
export function formatDate(published: string | null, locale: string): string | null {
  const text = published?.trim();
  if (!text) return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return text;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(time));
}

/** "via daily8.com" is noise when the site showing the story is the outlet that wrote it. */
export function isSameOutlet(source: string | null, siteName: string | null): boolean {
  const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return source !== null && siteName !== null && normalise(source) === normalise(siteName);
}
