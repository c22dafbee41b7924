// Fills the static text of an extension page from the locale files: text (data-i18n), accessible names
// (data-i18n-label) and the page language, so screen readers pronounce the UI in the language shown.
import browser from 'webextension-polyfill';
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';

export function localize(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    // The attribute values are written in the HTML next to the keys; t() falls back to the key if one is wrong.
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel as MessageKey));
  }
  const html = root instanceof Document ? root.documentElement : null;
  if (html) html.lang = browser.i18n.getUILanguage();
}
