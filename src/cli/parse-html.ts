import { JSDOM, VirtualConsole } from 'jsdom';

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * Parses a page with jsdom: no scripts, no resource loading, and a silent console (page CSS jsdom
 * cannot parse is not the user's problem). jsdom's stylesheet parser throws on some real pages
 * (cssstyle: "Cannot create property 'border-width' on string 'inherit'"); the engine never reads
 * stylesheets, so such a page is parsed again without its <style> elements rather than rejected.
 */
export function parseHtml(html: string | Uint8Array, url: string | null): JSDOM {
  const options = { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) };
  try {
    return new JSDOM(html, options);
  } catch (error) {
    const stripped = withoutStyles(html);
    if (stripped === html) throw error;
    return new JSDOM(stripped, options);
  }
}

function withoutStyles(html: string | Uint8Array): string | Uint8Array {
  if (typeof html === 'string') return html.replace(STYLE_ELEMENT, '');
  // latin1 maps bytes to characters one to one, so the page keeps its own encoding for jsdom to sniff.
  const text = Buffer.from(html).toString('latin1');
  const stripped = text.replace(STYLE_ELEMENT, '');
  return stripped === text ? html : Buffer.from(stripped, 'latin1');
}
