// Content script entry, run at document_start on http(s) pages. Settings are read while the page is parsed;
// the gate reads the page in the first task after the body is parsed (DOMContentLoaded), not at idle, so the
// reader meets few frames, or none, of the copies a suspicious page's clean removes. This script is all an
// ordinary page runs: the page's state, cleaner and answers are a lazy part (lookout.ts).
import type { Runtime } from 'webextension-polyfill';
import { isContentMessage, isFromExtension } from '../shared/message-guards';
import { nativeApi } from '../shared/native-api';
import { viaSendResponse } from '../shared/router';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { startEarly } from './early-hold';
import { Lookout } from './lookout';
import { loadPage, preloadCleaning } from './parts';
import { readable } from './readable';
import { settingsWithin } from './settings-within';

/** Resolves once the document's markup is parsed: at once after DOMContentLoaded. */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/** Loads the page part and the cleaning code while the page is parsed, for a page known to need them. */
function preload(): void {
  loadPage().catch(() => undefined);
  preloadCleaning();
}

async function main(): Promise<void> {
  const { runtime } = nativeApi();
  const early = startEarly(
    document,
    // Settings that come only after the wait are applied as a change would be, once the lookout stands.
    () => settingsWithin(loadSettings, (settings) => void ready.then((page) => page.applySettings(settings))),
    preload,
  );
  const ready = early.then(({ settings, hold }) => new Lookout(document, settings, runtime.id, hold));
  // A page still loading is not there to answer for: the popup waits for its load (view.ts), as it does for a
  // tab whose content script has not run yet. Once parsed it is answered, whenever the settings arrive.
  await parsed(document);
  const listener = viaSendResponse((message, sender) =>
    isFromExtension(sender, runtime.id) && isContentMessage(message)
      ? ready.then((page) => page.answer(message, sender))
      : undefined,
  );
  // The polyfill's types know sendResponse's listener as one that always returns true.
  runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
  const page = await ready;
  onSettingsChanged((next) => page.applySettings(next));
  if (readable(document)) await page.look((await early).known);
}

main().catch(() => undefined);
