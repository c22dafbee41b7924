// Content script entry, run at document_start on http(s) pages. Settings are read while the page is parsed;
// detection and cleaning start in the first task after the body is parsed (DOMContentLoaded), not at idle,
// so the reader meets few frames, or none, of the copies they remove.
import type { Runtime } from 'webextension-polyfill';
import { knownHost } from '../../engine/detection/signals/known-host';
import { isContentMessage } from '../shared/message-guards';
import { nativeApi } from '../shared/native-api';
import { createListener, viaSendResponse } from '../shared/router';
import { defaults } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { shouldAutoClean } from '../shared/site-policy';
import { preloadCleaning } from './cleaner';
import { contentHandlers } from './handlers';
import { holdWhileParsing } from './held-copies';
import { Page } from './page';
import { createCountReporter } from './report';
import { EAGER_MAX_ELEMENTS } from './slices';

/** Resolves once the document's markup is parsed: at once after DOMContentLoaded. */
function parsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

async function main(): Promise<void> {
  // Unreadable storage must not stop the cleaning: defaults are a safe fallback.
  const settings = await loadSettings().catch(() => ({ ...defaults, sites: {} }));
  // On a known aggregator host the cleaning code loads while the page is parsed, and copies are held out of
  // sight as the parser adds them; elsewhere the code loads only once the gate finds the page suspicious, so
  // ordinary pages never pay for it.
  const known = knownHost(location.href, settings.extraHosts) !== null;
  if (known) preloadCleaning();
  const parsing =
    known && shouldAutoClean(settings, location.hostname, true)
      ? holdWhileParsing(document, EAGER_MAX_ELEMENTS)
      : undefined;
  const page = new Page(document, settings, createCountReporter());
  // A page still loading is not there to answer for: the popup waits for its load (view.ts), as it does for a
  // tab whose content script has not run yet.
  await parsed(document);
  const { runtime } = nativeApi();
  const listener = viaSendResponse(createListener(contentHandlers(page), isContentMessage, runtime.id));
  // The polyfill's types know sendResponse's listener as one that always returns true.
  runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
  onSettingsChanged((next) => page.applySettings(next));
  await page.start(parsing);
}

main().catch(() => undefined);
