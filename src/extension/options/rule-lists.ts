// The three rule lists (phrases, selectors, extra hosts) as text areas, one entry per line. Every keystroke
// is checked; a bad line is named under its field, and the list is saved only once every line is valid.

import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { byId } from '../ui/dom';
import { showStatus } from './status';
import { checkList, type ListKind } from './validate';

const SAVE_DELAY_MS = 300;
const KINDS: readonly ListKind[] = ['phrases', 'selectors', 'hosts'];

function current(settings: Settings, kind: ListKind): string[] {
  return kind === 'hosts' ? settings.extraHosts : settings.custom[kind];
}

function withList(settings: Settings, kind: ListKind, values: string[]): Settings {
  if (kind === 'hosts') return { ...settings, extraHosts: values };
  return { ...settings, custom: { ...settings.custom, [kind]: values } };
}

export function renderRuleLists(doc: Document, settings: Settings): void {
  for (const kind of KINDS) {
    const area = byId<HTMLTextAreaElement>(doc, kind);
    // The list being edited, or holding a mistake not yet fixed, keeps the reader's text as typed.
    if (doc.activeElement !== area && area.dataset.pending !== 'true')
      area.value = current(settings, kind).join('\n');
  }
}

export function bindRuleLists(doc: Document, onChecked: (kind: ListKind, values: string[]) => void): void {
  for (const kind of KINDS) {
    const area = byId<HTMLTextAreaElement>(doc, kind);
    const error = byId(doc, `${kind}-error`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    area.addEventListener('input', () => {
      const { values, errors } = checkList(kind, area.value, doc);
      area.setAttribute('aria-invalid', String(errors.length > 0));
      error.textContent = errors.map((bad) => t('optionsBadLine', [String(bad.line), bad.text])).join('\n');
      clearTimeout(timer);
      area.dataset.pending = 'true';
      if (errors.length > 0) return;
      onChecked(kind, values);
      timer = setTimeout(() => {
        updateSettings((settings) => withList(settings, kind, values))
          .then(() => {
            delete area.dataset.pending;
            showStatus(doc, 'optionsSaved');
          })
          .catch(() => undefined);
      }, SAVE_DELAY_MS);
    });
  }
}

/** Before a reset or an import replaces every list: unsaved text and its errors give way to the new values. */
export function dropPendingLists(doc: Document): void {
  for (const kind of KINDS) {
    const area = byId<HTMLTextAreaElement>(doc, kind);
    delete area.dataset.pending;
    area.removeAttribute('aria-invalid');
    byId(doc, `${kind}-error`).textContent = '';
  }
}
