// Keyboard commands. _execute_action (open the popup) and Firefox's _execute_sidebar_action are handled by the
// browser itself.
import browser, { type Tabs } from 'webextension-polyfill';
import { sendToTab } from '../shared/send';
import { withSiteMode } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { toggledMode } from '../shared/site-policy';

const STATUS_TIMEOUT_MS = 2000;

/** Flips auto-clean for the active tab's site; the content script follows through storage.onChanged. */
async function toggleSite(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // The content script knows the host and the detection, so no "tabs" permission is needed for the URL.
  const status = await sendToTab(tab.id, { type: 'get-status' }, STATUS_TIMEOUT_MS);
  if (!status.host) return;
  const isAggregator = status.detection?.isAggregator ?? false;
  await updateSettings((settings) =>
    withSiteMode(settings, status.host, toggledMode(settings, status.host, isAggregator)),
  );
}

/**
 * Chrome's side panel, for the window the shortcut was pressed in. Called at once, before any await: Chrome opens
 * a panel only in answer to the reader's own input.
 */
function openSidePanel(tab: Tabs.Tab | undefined): Promise<void> {
  type SidePanel = { open(options: { windowId: number }): Promise<void> };
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
  if (!sidePanel || tab?.windowId === undefined) return Promise.resolve();
  return sidePanel.open({ windowId: tab.windowId });
}

const commands: Record<string, (tab: Tabs.Tab | undefined) => Promise<void>> = {
  'toggle-site': toggleSite,
  'open-side-panel': openSidePanel,
};

export function onCommand(name: string, tab?: Tabs.Tab): void {
  // Pages the content script cannot reach simply ignore the shortcut.
  commands[name]?.(tab).catch(() => undefined);
}
