// Export, import and reset of all settings. An import that fails says why and writes nothing.

import { saveText } from '../shared/export-file';
import { t } from '../shared/i18n';
import { parseSettings } from '../shared/settings';
import { exportSettings, importSettings } from '../shared/settings-file';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { byId } from '../ui/dom';
import { dropPendingLists } from './rule-lists';
import { showStatus } from './status';

const EXPORT_FILE_NAME = 'clean-reader-settings.json';

export function bindBackup(doc: Document): void {
  const error = byId(doc, 'backup-error');
  const fail = (text: string) => {
    error.textContent = text;
    showStatus(doc, '');
  };
  byId(doc, 'export').addEventListener('click', () => {
    loadSettings()
      .then((settings) => saveText(doc, exportSettings(settings), EXPORT_FILE_NAME, 'application/json'))
      .catch((reason: unknown) => fail(String(reason)));
  });
  const picker = byId<HTMLInputElement>(doc, 'import');
  picker.addEventListener('change', async () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    const result = importSettings(await file.text().catch(() => ''));
    if (!result.ok) return fail(t(result.error));
    error.textContent = '';
    dropPendingLists(doc);
    await saveSettings(result.settings);
    showStatus(doc, 'optionsImported');
  });
  byId(doc, 'reset').addEventListener('click', () => {
    error.textContent = '';
    dropPendingLists(doc);
    saveSettings(parseSettings(undefined))
      .then(() => showStatus(doc, 'optionsResetDone'))
      .catch((reason: unknown) => fail(String(reason)));
  });
}
