// The settings as the start-up script reads them on a page load. Storage that does not answer must not leave the
// page unwatched and unanswered: the popup would find no content script at all. Past a wait the defaults stand
// in, and the stored settings, if they come at last, are applied then, as a change made elsewhere would be.
import { defaults, type Settings } from '../shared/settings';
import { withTimeout } from '../shared/timeout';

/** Far above the 15-65 ms storage takes at a page's start, even with the browser busy loading it. */
export const SETTINGS_WAIT_MS = 3000;

const fallback = (): Settings => ({ ...defaults, sites: {} });

export function settingsWithin(
  read: () => Promise<Settings>,
  late: (settings: Settings) => void,
  ms = SETTINGS_WAIT_MS,
): Promise<Settings> {
  // Unreadable storage must not stop the cleaning: defaults are a safe fallback.
  const stored = read().catch(fallback);
  // Only the wait can fail here: the read falls back on its own.
  return withTimeout(stored, ms).catch(() => {
    void stored.then(late);
    return fallback();
  });
}
