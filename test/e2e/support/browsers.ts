// Which real browsers the e2e tests use. A missing browser fails its suite, locally and under CI=true
// alike: a run that skipped the real browsers would prove nothing. scripts/install-browsers.sh installs both.
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export type BrowserName = keyof typeof BROWSERS;

function isInstalled(name: BrowserName): boolean {
  return existsSync(BROWSERS[name]);
}

/** Throws when the browser is missing, so its suite fails instead of passing empty. */
export function requireBrowser(name: BrowserName): void {
  if (!isInstalled(name)) {
    throw new Error(`${name} is not installed at ${BROWSERS[name]}: run scripts/install-browsers.sh`);
  }
}
