// The per-site list: each site with its mode, editable; a form adds a site. Choosing "automatic"
// removes the site, since automatic is what every site without an entry gets.

import { normaliseHost } from '../../formats/settings-fields';
import { t } from '../shared/i18n';
import { type Settings, type SiteMode, withSiteMode } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { byId } from '../ui/dom';
import { showStatus } from './status';

const MODES: readonly [SiteMode, 'siteModeAlways' | 'siteModeNever' | 'siteModeAuto'][] = [
  ['always', 'siteModeAlways'],
  ['never', 'siteModeNever'],
  ['auto', 'siteModeAuto'],
];

async function setMode(doc: Document, host: string, mode: SiteMode): Promise<void> {
  await updateSettings((settings) => withSiteMode(settings, host, mode));
  showStatus(doc, 'optionsSaved');
}

function siteRow(doc: Document, host: string, mode: SiteMode): HTMLLIElement {
  const row = doc.createElement('li');
  const name = doc.createElement('span');
  name.textContent = host;
  const select = doc.createElement('select');
  select.setAttribute('aria-label', t('optionsSiteMode', host));
  select.dataset.host = host;
  for (const [value, key] of MODES) {
    const option = doc.createElement('option');
    option.value = value;
    option.textContent = t(key);
    option.selected = value === mode;
    select.append(option);
  }
  select.addEventListener('change', () => {
    setMode(doc, host, select.value as SiteMode).catch(() => undefined);
  });
  row.append(name, select);
  return row;
}

export function renderSites(doc: Document, settings: Settings): void {
  const hosts = Object.keys(settings.sites).sort();
  byId(doc, 'site-list').replaceChildren(
    ...hosts.map((host) => siteRow(doc, host, settings.sites[host] ?? 'auto')),
  );
  byId(doc, 'no-sites').hidden = hosts.length > 0;
}

export function bindAddSite(doc: Document): void {
  const input = byId<HTMLInputElement>(doc, 'new-host');
  const error = byId(doc, 'new-host-error');
  byId<HTMLFormElement>(doc, 'add-site').addEventListener('submit', (event) => {
    event.preventDefault();
    const host = normaliseHost(input.value);
    input.setAttribute('aria-invalid', String(host === null));
    error.textContent = host === null ? t('optionsBadHost', input.value.trim()) : '';
    if (host === null) return input.focus();
    const mode = byId<HTMLSelectElement>(doc, 'new-mode').value === 'never' ? 'never' : 'always';
    setMode(doc, host, mode)
      .then(() => {
        input.value = '';
      })
      .catch(() => undefined);
  });
}
