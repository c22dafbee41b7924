// Popup entry, and the side panel's (?panel): localise the static text, find the tab, and show what the page's
// content script reports.
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
  const attachPanel = panel ? followActiveTab(document) : null;
  // Without ?tab= this is the toolbar popup, which has a fixed width; with it, a page in a tab; with ?panel, the
  // side panel.
  if (tabIdFromQuery(location.search) === null && !panel) document.documentElement.classList.add('in-popup');
  wirePanelButton(document).catch(() => undefined);
  const tab = await targetTab(location.search);
  wirePageLinks(document, tab?.id ?? -1);
  const view = new PopupView(document, tab?.id ?? -1);
  // The URL is only known where the browser reveals it; elsewhere the content script's silence tells.
  const shown =
    tab?.id === undefined
      ? view.block('unreachable')
      : isRestrictedUrl(tab.url)
        ? view.block('restricted')
        : view.load();
  // The panel follows the window's tabs from here, even from a tab it cannot read.
  attachPanel?.(view);
  await shown;
}

main().catch((error: unknown) => {
  byId(document, 'notice').textContent = t('noticeFailed', errorText(error));
});
