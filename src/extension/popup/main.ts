// Popup entry: localise the static text, find the tab, and show what the page's content script reports.

import { bindReadAloud } from '../read-aloud/controls';
import { bindComfortControls } from '../shared/comfort-controls';
import { followComfort } from '../shared/comfort-live';
import { t } from '../shared/i18n';
import { errorText } from '../shared/router';
import { byId } from '../ui/dom';
import { localize } from '../ui/localize';
import { tabIdFromQuery } from '../ui/query';
import { wirePageLinks } from './open-pages';
import { isRestrictedUrl } from './page-state';
import { followActiveTab, inPanel, wirePanelButton } from './panel';
import { targetTab } from './target-tab';
import { PopupView } from './view';

async function main(): Promise<void> {
  localize(document);
  // Comfort is cosmetic: unreadable storage leaves the default look rather than an empty popup.
  followComfort(document.documentElement).catch(() => undefined);
  bindComfortControls(document).catch(() => undefined);
  bindReadAloud(document);
  const panel = inPanel(location.search);
  // Without ?tab= this is the toolbar popup, which has a fixed width; with it, a page in a tab; with ?panel, the
  // side panel.
  if (tabIdFromQuery(location.search) === null && !panel) document.documentElement.classList.add('in-popup');
  wirePanelButton(document).catch(() => undefined);
  const tab = await targetTab(location.search);
  if (tab?.id === undefined) return new PopupView(document, -1).block('unreachable');
  wirePageLinks(document, tab.id);
  const view = new PopupView(document, tab.id);
  if (panel) await followActiveTab(document, view);
  // The URL is only known where the browser reveals it; elsewhere the content script's silence tells.
  if (isRestrictedUrl(tab.url)) return view.block('restricted');
  await view.load();
}

main().catch((error: unknown) => {
  byId(document, 'notice').textContent = t('noticeFailed', errorText(error));
});
