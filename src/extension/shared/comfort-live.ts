// Keeps an extension page's theme, font, size and line width in step with the stored settings, so a
// change in the options page shows at once in an open popup or reader tab.
import { applyComfort } from './comfort';
import { loadSettings, onSettingsChanged } from './settings-store';

export async function followComfort(root: HTMLElement): Promise<void> {
  onSettingsChanged((settings) => applyComfort(root, settings.comfort));
  applyComfort(root, (await loadSettings()).comfort);
}
