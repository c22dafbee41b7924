// The popup for one tab: asks the content script for the article and status, and shows either the article
// with its controls or a plain message saying why there is none. It follows its tab: when the tab leaves the
// page (a link, a reload) the popup says so, drops the old article and shows the new page once it has loaded,
// as a reader who clicked a link in that tab expects; when the tab closes it says so.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ArticleView, ContentReply, PageStatus } from '../shared/messages';
import { errorText } from '../shared/router';
import { sendToTab } from '../shared/send';
import { loadSettings } from '../shared/settings-store';
import { byId } from '../ui/dom';
import { hideArticle, renderArticle } from '../ui/render-article';
import { Controls } from './controls';
import { watchForLateStart } from './late-start';
import { NOTICE_KEYS } from './notices';
import { type Blocker, blockerForError } from './page-state';
import { followTab } from './tab-follow';

/** Extraction on a long page, plus a content script woken from a background tab, stays well under this. */
const ANSWER_TIMEOUT_MS = 5000;
/**
 * The article is extracted in the page, cleaning a clone of it first: on a 5 MB page that takes Firefox about
 * 5 s on two busy cores. The reader tab allows as long; a short wait there only turns a slow answer into an error.
 */
const ARTICLE_TIMEOUT_MS = 8000;
/** How long a missing content script may still be starting up: 6 tries, 250 ms apart. */
const CONNECT_ATTEMPTS = 6;
const CONNECT_RETRY_MS = 250;
/** How long the page may take to follow a settings change. */
const SETTLE_POLL_MS = 100;
const SETTLE_LIMIT_MS = 2000;

export class PopupView {
  private readonly controls: Controls;
  private waitingForLoad = false;
  /** Counts the pages the tab has left: an answer asked for before the count changed is stale. */
  private visit = 0;
  private closed = false;
  /** Whether the page the tab is on has answered: only then is there something shown that can go stale. */
  private answered = false;
  /** Whether a notice has said why there is no article; before that the popup says it is reading. */
  private explained = false;
  /** The article on show, so an unchanged one is not drawn again (which would lose scroll and selection). */
  private shown: ArticleView | null = null;
  private unfollow: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private tabId: number,
  ) {
    this.controls = new Controls(doc, {
      togglePage: async (cleaned) => {
        await sendToTab(this.tabId, { type: cleaned ? 'show-original' : 'clean-again' }, ANSWER_TIMEOUT_MS);
        await this.load();
      },
      settingsSaved: async (expectCleaned) => {
        await this.settle(expectCleaned);
        await this.load();
      },
    });
    this.follow();
  }

  private follow(): void {
    if (this.tabId < 0) return;
    this.unfollow = followTab(this.tabId, {
      left: () => this.pageLeft(),
      settled: () => {
        if (!this.waitingForLoad) this.load();
      },
      closed: () => this.tabClosed(),
    });
  }

  /**
   * The side panel's tab changed: what was shown, and any answer still coming, belong to the last one. A page the
   * content script cannot reach says so; any other is asked for its article.
   */
  switchTo(tabId: number, restricted: boolean): void {
    if (tabId === this.tabId && !this.closed) return;
    this.unfollow();
    this.tabId = tabId;
    this.visit++;
    this.closed = false;
    this.answered = false;
    this.explained = false;
    this.waitingForLoad = false;
    this.shown = null;
    this.disableControls();
    this.follow();
    if (restricted) {
      this.block('restricted');
      return;
    }
    this.notice(t('reading'));
    void this.load();
  }

  async load(): Promise<void> {
    const visit = this.visit;
    const stale = () => visit !== this.visit || this.closed;
    try {
      // Independent: asked together, so the settings never wait behind the page's answer.
      const [{ status, article }, settings] = await Promise.all([this.ask(), loadSettings()]);
      if (stale()) return;
      this.answered = true;
      this.controls.update(status, settings);
      this.showError(status);
      if (!status.readable) return this.block('not-readable');
      if (!article) return this.block('no-article');
      this.notice('');
      if (this.shown && sameArticle(this.shown, article)) return;
      renderArticle(this.doc, article, browser.i18n.getUILanguage());
      this.shown = article;
    } catch (error) {
      const tab = await browser.tabs.get(this.tabId).catch(() => undefined);
      if (stale()) return;
      if (!tab) return this.tabClosed();
      const blocker = blockerForError(error, tab.status);
      if (blocker === 'navigated') return this.pageLeft();
      this.block(blocker, errorText(error));
      if (tab.status === 'loading') this.reloadWhenComplete();
      else if (blocker === 'unreachable') this.askAgainLater(visit);
    }
  }

  /**
   * A content script loads its module and settings as the page starts, so right after a navigation it may not
   * listen yet: a missing receiver is only final after a few tries. Browser pages pay that wait once.
   */
  private async ask(): Promise<ContentReply<'get-article'>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendToTab(this.tabId, { type: 'get-article' }, ARTICLE_TIMEOUT_MS);
      } catch (error) {
        if (attempt >= CONNECT_ATTEMPTS || blockerForError(error, undefined) !== 'unreachable') throw error;
        await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
      }
    }
  }

  /** The content script may still be starting: the article replaces the notice if it answers soon. */
  private askAgainLater(visit: number): void {
    watchForLateStart({
      answers: () =>
        sendToTab(this.tabId, { type: 'get-status' }, ANSWER_TIMEOUT_MS).then(
          () => true,
          () => false,
        ),
      stopped: () => visit !== this.visit || this.closed || this.answered,
      found: () => this.load(),
    });
  }

  block(blocker: Blocker, detail = ''): void {
    this.explained = true;
    hideArticle(this.doc);
    this.shown = null;
    this.notice(t(NOTICE_KEYS[blocker], detail));
  }

  private notice(text: string): void {
    byId(this.doc, 'notice').textContent = text;
  }

  private showError(status: PageStatus): void {
    const element = byId(this.doc, 'page-error');
    element.textContent = status.error ? t('pageError', status.error) : '';
    element.hidden = !status.error;
  }

  /** storage.onChanged reaches the content script asynchronously: wait until the page shows the new state. */
  private async settle(expectCleaned: boolean): Promise<void> {
    for (let waited = 0; waited < SETTLE_LIMIT_MS; waited += SETTLE_POLL_MS) {
      const status = await sendToTab(this.tabId, { type: 'get-status' }, ANSWER_TIMEOUT_MS);
      if (status.cleaned === expectCleaned) return;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    }
  }

  /** Any answer still on its way is about the page that is gone. A page that never answered (a browser page,
   * one opened before the install) showed only a notice: it stays until the next page has loaded, rather than
   * flickering; a popup still reading says it waits for the page to load. */
  private pageLeft(): void {
    if (this.closed) return;
    this.visit++;
    if (this.answered) {
      this.answered = false;
      this.block('navigated');
      this.disableControls();
    } else if (!this.explained) this.block('loading');
    this.reloadWhenComplete();
  }

  private tabClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.visit++;
    this.block('closed');
    this.disableControls();
  }

  /** Until the new page answers, the controls would act on a page that is gone. */
  private disableControls(): void {
    byId<HTMLButtonElement>(this.doc, 'toggle-page').disabled = true;
    byId<HTMLInputElement>(this.doc, 'auto-clean').disabled = true;
    byId(this.doc, 'removed').textContent = '';
    byId(this.doc, 'page-error').hidden = true;
  }

  private reloadWhenComplete(): void {
    if (this.waitingForLoad) return;
    this.waitingForLoad = true;
    const reload = () => {
      browser.tabs.onUpdated.removeListener(listener);
      this.waitingForLoad = false;
      // The content script registers as the page starts; a moment more covers a slow module load.
      setTimeout(() => this.load(), 300);
    };
    const listener = (tabId: number, change: { status?: string }) => {
      if (tabId === this.tabId && change.status === 'complete') reload();
    };
    browser.tabs.onUpdated.addListener(listener);
    // The page may have finished loading before the listener was added.
    browser.tabs
      .get(this.tabId)
      .then((tab) => {
        if (tab.status === 'complete' && this.waitingForLoad) reload();
      })
      .catch(() => this.tabClosed());
  }
}

function sameArticle(a: ArticleView, b: ArticleView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
