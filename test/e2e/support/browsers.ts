// Which real browsers the e2e tests can use. Locally a missing browser skips its suite; under CI=true it
// fails, so a broken runner cannot pass by skipping everything.
import { existsSync } from 'node:fs';

export const BROWSERS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

export type BrowserName = keyof typeof BROWSERS;

export function isInstalled(name: BrowserName): boolean {
  return existsSync(BROWSERS[name]);
}

/** True when the suite should run; throws under CI when the browser is missing. */
export function requireBrowser(name: BrowserName): boolean {
  if (isInstalled(name)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${name} is not installed at ${BROWSERS[name]}: run scripts/install-browsers.sh`);
  }
  return false;
}
