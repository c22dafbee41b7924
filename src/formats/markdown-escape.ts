// Article text is prose, not Markdown: characters that would turn it into emphasis, links, HTML
// or a heading/list/quote must render literally.
const INLINE = /[\\`*_[\]<>|~]/g;
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[-+*>](?=\s|$)|=+$|\d{1,9}(?=[.)](?:\s|$)))/;

export function escapeMarkdown(text: string): string {
  const inline = text.replace(/\s*\n\s*/g, ' ').replace(INLINE, '\\$&');
  return inline.replace(BLOCK_START, (_, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A link destination that survives spaces and parentheses. */
export function markdownUrl(url: string): string {
  return url.replace(
    /[\s()<>]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
