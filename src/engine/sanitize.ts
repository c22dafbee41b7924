import createDOMPurify, { type DOMPurify } from 'dompurify';

const purifiers = new WeakMap<object, DOMPurify>();

// DOMPurify needs a window for its parser. The Document's own window is used; a Document made by
// DOMParser in some DOMs has none, and only then the host's window (browser or test DOM) serves.
function purifierFor(doc: Document): DOMPurify {
  const win = doc.defaultView ?? (globalThis as { window?: Window & typeof globalThis }).window;
  if (!win)
    throw new Error(
      'Sanitising needs a window: parse the page with a DOM that provides one (jsdom, a browser).',
    );
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = createDOMPurify(win);
    // Links from untrusted pages must stay plain http(s) or in-page: no javascript:, data: or custom schemes.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (href && !/^(?:https?:|#)/i.test(href.trim())) node.removeAttribute('href');
        else if (href) {
          node.setAttribute('rel', 'noopener noreferrer');
          node.setAttribute('target', '_blank');
        }
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitised copy of untrusted article HTML: no scripts, event handlers, forms, frames or unsafe URLs. */
export function sanitizeHtml(doc: Document, html: string): string {
  return purifierFor(doc).sanitize(html, {
    FORBID_TAGS: [
      'style',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'iframe',
      'frame',
      'frameset',
      'object',
      'embed',
      'link',
      'meta',
      'base',
      'svg',
      'math',
      // Inert in a page, but never article text: a template's content is not shown.
      'template',
    ],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'ping'],
    ALLOW_DATA_ATTR: false,
  });
}
