// Options page entry: every section reads the stored settings and redraws when they change, wherever the
// change came from (this page, the popup, a keyboard shortcut, another options tab).

import { bindComfortControls } from '../shared/comfort-controls';
import { followComfort } from '../shared/comfort-live';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings-store';
import { byId } from '../ui/dom';
import { localize } from '../ui/localize';
import { bindBackup } from './backup';
import { createMatchCounter, seedCounter } from './match-counts';
import { bindRuleLists, renderRuleLists } from './rule-lists';
import { bindAddSite, renderSites } from './sites';
import { showStatus } from './status';

function render(settings: Settings): void {
  byId<HTMLInputElement>(document, 'auto-clean').checked = settings.autoClean;
  renderSites(document, settings);
  renderRuleLists(document, settings);
}

async function main(): Promise<void> {
  localize(document);
  followComfort(document.documentElement).catch(() => undefined);
  const autoClean = byId<HTMLInputElement>(document, 'auto-clean');
  autoClean.addEventListener('change', () => {
    updateSettings((settings) => ({ ...settings, autoClean: autoClean.checked }))
      .then(() => showStatus(document, 'optionsSaved'))
      .catch(() => undefined);
  });
  bindAddSite(document);
  const counter = createMatchCounter(document, location.search);
  bindRuleLists(document, counter);
  bindBackup(document);
  onSettingsChanged(render);
  const settings = await loadSettings();
  render(settings);
  seedCounter(counter, settings.custom.phrases, settings.custom.selectors);
  await bindComfortControls(document);
}

main().catch(() => undefined);
