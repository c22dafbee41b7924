// Functions the hardening tests run inside pages; each is serialised into the page, so each is self-contained.

/** The flag every XSS payload sets when it runs, in the page where it ran. */
export function xssFlag(): string | null {
  const value = (globalThis as { __crxss?: unknown }).__crxss;
  return value === undefined ? null : String(value);
}

/** An extension page (popup, reader tab): its title, whether a payload ran in it, and the URL of every link
 * taken from the page. The extension's own links (to the reader tab, to options) share the page's origin. */
export function extensionView(): { title: string; flag: string | null; links: string[] } {
  const value = (globalThis as { __crxss?: unknown }).__crxss;
  const links = [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);
  return {
    title: document.getElementById('title')?.textContent?.trim() ?? '',
    flag: value === undefined ? null : String(value),
    links: links.filter((href) => new URL(href).origin !== location.origin),
  };
}

/** What a page script can see: the whole DOM and the names of the window's own properties. */
export function pageSurface(): { html: string; globals: string[] } {
  return { html: document.documentElement.outerHTML, globals: Object.getOwnPropertyNames(window).sort() };
}

/** A hostile page posting every message the content script understands, in the shapes a listener might take. */
export function postHostileMessages(types: string[]): void {
  for (const type of types) {
    window.postMessage({ type }, '*');
    window.postMessage(JSON.stringify({ type }), '*');
    window.postMessage({ message: { type }, sender: { id: 'forged' } }, '*');
  }
}
