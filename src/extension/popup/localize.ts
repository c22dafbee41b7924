// Fills the static popup text from the locale files.
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';

export function localize(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    // The attribute values are written in index.html next to the keys; t() falls back to the key if one is wrong.
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
}
