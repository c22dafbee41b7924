// Settings in storage.local: read through the validating parser, written whole, watched for changes
// made by another part of the extension. Through the native API: the content script reads them on every page
// load (native-api.ts).

import { nativeApi } from './native-api';
import type { Settings } from './settings';
import { parseSettings } from './settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await nativeApi().storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await nativeApi().storage.local.set({ [KEY]: settings });
}

/** Updates from one page run one after the other: two read-modify-write updates in flight would lose one
 * (the options page saves several fields within milliseconds). */
let pending: Promise<unknown> = Promise.resolve();

export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const update = pending.then(async () => {
    const next = change(await loadSettings());
    await saveSettings(next);
    return next;
  });
  pending = update.catch(() => undefined);
  return update;
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  nativeApi().storage.onChanged.addListener((changes, area) => {
    const change = changes[KEY];
    if (area === 'local' && change) listener(parseSettings(change.newValue));
  });
}
