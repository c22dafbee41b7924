// Chromium without the extension: the baseline a page's own memory growth is measured against.
import { type Browser, chromium } from 'playwright-core';
import { BROWSERS } from './browsers';

export function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: BROWSERS.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
}
