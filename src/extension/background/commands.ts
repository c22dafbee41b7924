// Keyboard commands. _execute_action (open the popup) is handled by the browser itself.
import browser from 'webextension-polyfill';
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

const commands: Record<string, () => Promise<void>> = {
  'toggle-site': toggleSite,
};

export function onCommand(name: string): void {
  // Pages the content script cannot reach simply ignore the shortcut.
  commands[name]?.().catch(() => undefined);
}
