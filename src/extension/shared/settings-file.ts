// Settings as a file: export writes them with a marker, import accepts only a file with that marker and
// answers with a reason the options page can show. A failed import changes nothing.

import { isRecord } from '../../formats/settings-fields';
import { FILE_FORMAT } from '../../formats/settings-file-format';
import type { MessageKey } from './i18n';
import { parseSettings, type Settings } from './settings';

/** Far more than any real settings file: anything bigger is not one. */
const MAX_FILE_CHARS = 1_000_000;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: MessageKey };

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: FILE_FORMAT, settings }, null, 2)}\n`;
}

export function importSettings(text: string): ImportResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, error: 'importNotSettings' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'importNotJson' };
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT || !isRecord(data.settings))
    return { ok: false, error: 'importNotSettings' };
  return { ok: true, settings: parseSettings(data.settings) };
}
