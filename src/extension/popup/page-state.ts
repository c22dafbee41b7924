// Why a tab cannot show an article, decided from what the popup can see: the tab's URL (when the browser
// reveals it), its loading status, whether it still exists and how the message to its content script failed.
import { TimeoutError } from '../shared/timeout';

export type Blocker =
  | 'restricted'
  | 'loading'
  | 'unreachable'
  | 'timeout'
  | 'not-readable'
  | 'no-article'
  | 'navigated'
  | 'closed'
  | 'failed';

/** Browser-internal schemes: no extension may script them. */
const RESTRICTED_SCHEMES = [
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'devtools:',
  'edge:',
  'moz-extension:',
  'resource:',
  'view-source:',
];

/** Add-on stores, where browsers block content scripts. */
const RESTRICTED_PAGES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** Connection errors as Chrome and Firefox word them when no content script listens in the tab. */
const NO_RECEIVER = [
  /receiving end does not exist/i,
  /could not establish connection/i,
  /no matching message handler/i,
];

/** A receiver that went away mid-answer, as Chrome and Firefox word it: the page was left (or reloaded). */
const PAGE_LEFT = [
  /message (port|channel) closed before a response/i,
  /message manager disconnected/i,
  /destroyed before query/i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  return RESTRICTED_PAGES.some(
    (page) => parsed.hostname === page.host && parsed.pathname.startsWith(page.path),
  );
}

export function blockerForError(error: unknown, tabStatus: string | undefined): Blocker {
  if (error instanceof TimeoutError) return 'timeout';
  const text = error instanceof Error ? error.message : String(error);
  if (PAGE_LEFT.some((pattern) => pattern.test(text))) return 'navigated';
  if (NO_RECEIVER.some((pattern) => pattern.test(text)))
    return tabStatus === 'loading' ? 'loading' : 'unreachable';
  return 'failed';
}
