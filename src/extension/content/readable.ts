const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Whether the document is a page of text to read and clean: not an image, a feed or a PDF viewer. */
export function readable(doc: Document): boolean {
  return READABLE_TYPES.has(doc.contentType) && doc.body !== null;
}
