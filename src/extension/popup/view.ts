// The popup for one tab: asks the content script for the article and status, and shows either the article
// with its controls or a plain message saying why there is none.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ContentReply, PageStatus } from '../shared/messages';
import { errorText } from '../shared/router';
import { sendToTab } from '../shared/send';
import { loadSettings } from '../shared/settings-store';
import { Controls } from './controls';
import { byId } from './dom';
import { NOTICE_KEYS } from './notices';
import { type Blocker, blockerForError } from './page-state';
import { hideArticle, renderArticle } from './render-article';

/** Extraction on a long page, plus a content script woken from a background tab, stays well under this. */
const ANSWER_TIMEOUT_MS = 5000;
/** How long a missing content script may still be starting up: 6 tries, 250 ms apart. */
const CONNECT_ATTEMPTS = 6;
const CONNECT_RETRY_MS = 250;
/** How long the page may take to follow a settings change. */
const SETTLE_POLL_MS = 100;
const SETTLE_LIMIT_MS = 2000;

export class PopupView {
  private readonly controls: Controls;
  private waitingForLoad = false;

  constructor(
    private readonly doc: Document,
    private readonly tabId: number,
  ) {
    this.controls = new Controls(doc, {
      togglePage: async (cleaned) => {
        await sendToTab(tabId, { type: cleaned ? 'show-original' : 'clean-again' }, ANSWER_TIMEOUT_MS);
        await this.load();
      },
      settingsSaved: async (expectCleaned) => {
        await this.settle(expectCleaned);
        await this.load();
      },
    });
  }

  async load(): Promise<void> {
    try {
      const { status, article } = await this.ask();
      this.controls.update(status, await loadSettings());
      this.showError(status);
      if (!status.readable) return this.block('not-readable');
      if (!article) return this.block('no-article');
      this.notice('');
      renderArticle(this.doc, article, browser.i18n.getUILanguage());
    } catch (error) {
      const tab = await browser.tabs.get(this.tabId).catch(() => undefined);
      this.block(blockerForError(error, tab?.status), errorText(error));
      if (tab?.status === 'loading') this.reloadWhenComplete();
    }
  }

  /**
   * A content script loads its module and settings after document_idle, so right after a page loads it may not
   * listen yet: a missing receiver is only final after a few tries. Browser pages pay that wait once.
   */
  private async ask(): Promise<ContentReply<'get-article'>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendToTab(this.tabId, { type: 'get-article' }, ANSWER_TIMEOUT_MS);
      } catch (error) {
        if (attempt >= CONNECT_ATTEMPTS || blockerForError(error, undefined) !== 'unreachable') throw error;
        await new Promise((resolve) => setTimeout(resolve, CONNECT_RETRY_MS));
      }
    }
  }

  block(blocker: Blocker, detail = ''): void {
    hideArticle(this.doc);
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

  private reloadWhenComplete(): void {
    if (this.waitingForLoad) return;
    this.waitingForLoad = true;
    const listener = (tabId: number, change: { status?: string }) => {
      if (tabId !== this.tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      this.waitingForLoad = false;
      // document_idle comes right after "complete"; give the content script a moment to register.
      setTimeout(() => this.load(), 300);
    };
    browser.tabs.onUpdated.addListener(listener);
  }
}
