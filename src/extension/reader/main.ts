// Reader tab entry: the clean article of the tab named by ?tab=, in a full page for long reads and
// printing. The article goes through the pages' shared renderer (ui/render-article.ts) and its allowlist
// (ui/safe-html.ts), never elsewhere.
import browser from 'webextension-polyfill';
import { bindReadAloud } from '../read-aloud/controls';
import { bindComfortControls } from '../shared/comfort-controls';
import { followComfort } from '../shared/comfort-live';
import { t } from '../shared/i18n';
import type { ArticleView } from '../shared/messages';
import { errorText } from '../shared/router';
import { sendToTab } from '../shared/send';
import { byId } from '../ui/dom';
import { localize } from '../ui/localize';
import { tabIdFromQuery } from '../ui/query';
import { hideArticle, renderArticle } from '../ui/render-article';
import { wireExport } from './export-actions';

const ANSWER_TIMEOUT_MS = 8000;

async function main(): Promise<void> {
  localize(document);
  followComfort(document.documentElement).catch(() => undefined);
  bindComfortControls(document).catch(() => undefined);
  bindReadAloud(document);
  let article: ArticleView | null = null;
  wireExport(document, () => article);
  const tabId = tabIdFromQuery(location.search);
  const notice = byId(document, 'notice');
  if (tabId === null) {
    hideArticle(document);
    notice.textContent = t('noticeUnreachable');
    return;
  }
  const reply = await sendToTab(tabId, { type: 'get-article' }, ANSWER_TIMEOUT_MS);
  article = reply.article;
  if (!article) {
    hideArticle(document);
    notice.textContent = t(reply.status.readable ? 'noticeNoArticle' : 'noticeNotReadable');
    return;
  }
  notice.textContent = '';
  renderArticle(document, article, browser.i18n.getUILanguage());
  document.title = article.title;
}

main().catch((error: unknown) => {
  hideArticle(document);
  byId(document, 'notice').textContent = t('noticeFailed', errorText(error));
});
