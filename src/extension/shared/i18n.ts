// UI strings come from _locales/<lang>/messages.json; the key type is read from the English file so a
// missing key is a compile error rather than an empty label.
import browser from 'webextension-polyfill';

export type MessageKey = keyof typeof import('../../../public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
