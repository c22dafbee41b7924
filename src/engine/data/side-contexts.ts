// Where a page repeats text by design, around its article rather than in it: comment threads (a reply
// quotes a comment, "top comments" repeat the thread), forms and account screens, cookie consent, author
// bios, captions, asides and menus. Text there is never counted as a repeated article body.

/** Elements whose text is not the article's running prose: quotes, code, captions, page furniture. */
export const SIDE_TAGS: ReadonlySet<string> = new Set([
  'blockquote',
  'q',
  'pre',
  'code',
  'th',
  'caption',
  'figcaption',
  'nav',
  'header',
  'footer',
  'aside',
  'address',
  'fieldset',
  'legend',
  'label',
  'dialog',
]);

/** ARIA roles of the same kinds. */
export const SIDE_ROLES: ReadonlySet<string> = new Set([
  'complementary',
  'navigation',
  'banner',
  'contentinfo',
  'dialog',
  'alertdialog',
  'menu',
  'form',
  'comment',
]);

/** Class or id words of a comment thread, in the languages of the engine's other word lists. */
export const COMMENT_WORDS: readonly string[] = [
  'comment',
  'comments',
  'commentlist',
  'disqus',
  'replies',
  'reply',
  'kommentar',
  'kommentare',
  'commentaire',
  'commentaires',
  'comentario',
  'comentarios',
  'comentários',
  'commenti',
  'reacties',
];

/**
 * Words of a class or id (split at "-", "_" and camelCase, lower-cased) that name such a container. Whole
 * words only: "comments" names a thread, "commentary" an opinion piece.
 */
export const SIDE_CLASS_WORDS: ReadonlySet<string> = new Set([
  ...COMMENT_WORDS,
  // Cookie consent and privacy settings.
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'cmp',
  // Sign-up, log-in and account screens.
  'newsletter',
  'signup',
  'subscribe',
  'subscription',
  'login',
  'signin',
  'register',
  'registration',
  // Author bios and bylines.
  'author',
  'authors',
  'bio',
  'biography',
  'byline',
  // Captions and credits of pictures and graphics.
  'caption',
  'captions',
  'cutline',
  // Overlays, sidebars and menus.
  'modal',
  'popup',
  'lightbox',
  'sidebar',
  'menu',
  'megamenu',
]);
