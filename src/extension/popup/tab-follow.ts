// Follows the popup's tab while the popup is open. Tab URLs are hidden without the "tabs" permission, and
// Chrome reports "loading" for an iframe or a history.pushState just as for a new page, so "loading" alone
// proves nothing: the page counts as left only once its content script stops answering. Until the new
// document commits, the old page is still what the tab shows, and it keeps answering.
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/send';
import { TimeoutError } from '../shared/timeout';

/** Often enough that the popup changes with the tab; a status request costs the page next to nothing. */
const POLL_MS = 150;
const POLL_TIMEOUT_MS = 1000;

export interface TabEvents {
  /** The page the popup asked about is gone: the tab is on (or loading) another one. */
  left(): void;
  /** The tab has finished loading and its content script answers: the page may have changed in place. */
  settled(): void;
  closed(): void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows the tab until the returned function is called (the side panel moving to another tab). */
export function followTab(tabId: number, events: TabEvents): () => void {
  let watching = false;
  let followed = true;

  /** true: the page answered; false: nothing answers any more; null: no answer in time, which proves nothing. */
  const answers = () =>
    sendToTab(tabId, { type: 'get-status' }, POLL_TIMEOUT_MS).then(
      () => true,
      (error: unknown) => (error instanceof TimeoutError ? null : false),
    );

  const watch = async () => {
    for (;;) {
      await pause(POLL_MS);
      if (!followed) return;
      const answered = await answers();
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      if (!tab) return events.closed();
      if (answered === false) return events.left();
      if (answered && tab.status === 'complete') return events.settled();
    }
  };

  const removed = (id: number) => {
    if (id === tabId) events.closed();
  };
  const updated = (id: number, change: { status?: string }) => {
    if (id !== tabId || change.status !== 'loading' || watching) return;
    watching = true;
    watch().finally(() => {
      watching = false;
    });
  };
  browser.tabs.onRemoved.addListener(removed);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    followed = false;
    browser.tabs.onRemoved.removeListener(removed);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
