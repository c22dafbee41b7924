// The background's answers to content scripts, one named handler per message type.
import { scanText } from '../../engine/detection/signals/quick-scan';
import type { BackgroundMessage, BackgroundReplies } from '../shared/messages';
import type { Handlers } from '../shared/router';
import { showCount } from './badge';

export const backgroundHandlers: Handlers<BackgroundMessage, BackgroundReplies> = {
  'removed-count': async (message, sender) => {
    const tabId = sender.tab?.id;
    // Only a tab's top frame speaks for the tab's badge.
    if (tabId !== undefined && sender.frameId === 0) await showCount(tabId, message.count);
    return { ok: true };
  },
  // Any tab's page, any frame: the scan reads only the text it is sent.
  'scan-text': async (message) => scanText(message.text),
};
