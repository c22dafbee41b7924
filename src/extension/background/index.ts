// Background entry (service worker in Chrome, event page in Firefox). Listeners are registered at top level
// so a restarted worker receives the event that woke it.
import browser from 'webextension-polyfill';
import { isBackgroundMessage } from '../shared/message-guards';
import { createListener } from '../shared/router';
import { clearCount } from './badge';
import { onCommand } from './commands';
import { backgroundHandlers } from './handlers';

browser.runtime.onMessage.addListener(
  createListener(backgroundHandlers, isBackgroundMessage, browser.runtime.id),
);

browser.commands.onCommand.addListener(onCommand);

// A new document starts with no removals; "status" needs no "tabs" permission, unlike the URL.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') clearCount(tabId).catch(() => undefined);
});
