// Content script entry, run at document_idle on http(s) pages.
import browser from 'webextension-polyfill';
import { isContentMessage } from '../shared/message-guards';
import { createListener } from '../shared/router';
import { defaults } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { contentHandlers } from './handlers';
import { Page } from './page';
import { createCountReporter } from './report';

async function main(): Promise<void> {
  // Unreadable storage must not stop the cleaning: defaults are a safe fallback.
  const settings = await loadSettings().catch(() => ({ ...defaults, sites: {} }));
  const page = new Page(document, settings, createCountReporter());
  browser.runtime.onMessage.addListener(
    createListener(contentHandlers(page), isContentMessage, browser.runtime.id),
  );
  onSettingsChanged((next) => page.applySettings(next));
  await page.start();
}

main().catch(() => undefined);
