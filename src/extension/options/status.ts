// One status line for the whole page, announced politely to screen readers.
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';

export function showStatus(doc: Document, key: MessageKey | ''): void {
  const element = doc.getElementById('status');
  if (element) element.textContent = key === '' ? '' : t(key);
}
