// The side panel (Chrome's side_panel, Firefox's sidebar_action): the popup's page, showing whichever tab is active
// in the panel's window and moving with the reader from tab to tab. A navigation within the tab is followed by the
// view itself, as in the popup (tab-follow.ts).
import browser from 'webextension-polyfill';
import { pointPageLinks } from './open-pages';
import { isRestrictedUrl } from './page-state';
import type { PopupView } from './view';

/** The panel's page is the popup's, opened with this in its query (panel/main.ts). */
export const inPanel = (search: string): boolean => new URLSearchParams(search).has('panel');

/**
 * Starts following the window's active tab at once, before the view exists: a switch made while the page starts
 * is kept and shown when the view is attached, not missed. Only the latest switch is shown, whichever tab's
 * details come back first.
 */
export function followActiveTab(doc: Document): (view: PopupView) => void {
  let view: PopupView | null = null;
  let latest: number | null = null;
  const windowId = browser.windows.getCurrent().then((window) => window.id);
  const show = (tabId: number) => {
    pointPageLinks(doc, tabId);
    browser.tabs
      .get(tabId)
      .then((tab) => isRestrictedUrl(tab.url))
      .catch(() => false)
      .then((restricted) => {
        if (tabId === latest) view?.switchTo(tabId, restricted);
      });
  };
  browser.tabs.onActivated.addListener(async ({ tabId, windowId: window }) => {
    if (window !== (await windowId)) return;
    latest = tabId;
    if (view) show(tabId);
  });
  return (attached) => {
    view = attached;
    if (latest !== null) show(latest);
  };
}

interface PanelApis {
  /** Chrome's. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox's. */
  sidebarAction?: { open(): Promise<void> };
}

/**
 * The popup's "Open in side panel" button. Both browsers open a panel only in answer to the reader's own input,
 * so the call is made in the click itself, with the window looked up before it.
 */
export async function wirePanelButton(doc: Document): Promise<void> {
  const button = doc.getElementById('open-panel') as HTMLButtonElement | null;
  const apis = ((globalThis as { chrome?: PanelApis }).chrome ?? {}) as PanelApis;
  const sidebar = (browser as unknown as PanelApis).sidebarAction;
  if (!button || inPanel(location.search) || (!apis.sidePanel && !sidebar)) return;
  const { id: windowId } = await browser.windows.getCurrent();
  button.hidden = false;
  button.addEventListener('click', () => {
    const opened = sidebar
      ? sidebar.open()
      : windowId === undefined
        ? null
        : apis.sidePanel?.open({ windowId });
    opened
      ?.then(() => {
        if (doc.documentElement.classList.contains('in-popup')) window.close();
      })
      .catch(() => undefined);
  });
}
