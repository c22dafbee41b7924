// The popup's controls: the per-site auto-clean switch and the Show original / Clean again button.
import { t } from '../shared/i18n';
import type { PageStatus } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { withSiteMode } from '../shared/settings';
import { updateSettings } from '../shared/settings-store';
import { shouldAutoClean } from '../shared/site-policy';
import { byId } from '../ui/dom';

export interface ControlActions {
  /** Sends show-original or clean-again to the page, then redraws. */
  togglePage(cleaned: boolean): Promise<void>;
  /** Redraws once the page has applied the new site setting. */
  settingsSaved(expectCleaned: boolean): Promise<void>;
}

export class Controls {
  private status: PageStatus | null = null;
  private busy = false;
  private readonly autoClean: HTMLInputElement;
  private readonly toggle: HTMLButtonElement;

  constructor(
    private readonly doc: Document,
    private readonly actions: ControlActions,
  ) {
    this.autoClean = byId<HTMLInputElement>(doc, 'auto-clean');
    this.toggle = byId<HTMLButtonElement>(doc, 'toggle-page');
    this.autoClean.addEventListener('change', () => this.run(() => this.saveSiteMode()));
    this.toggle.addEventListener('click', () =>
      this.run(() => this.actions.togglePage(this.status?.cleaned ?? false)),
    );
  }

  update(status: PageStatus, settings: Settings): void {
    this.status = status;
    this.autoClean.checked = shouldAutoClean(settings, status.host, status.detection?.isAggregator ?? false);
    this.autoClean.disabled = !status.host;
    this.toggle.textContent = status.cleaned ? t('showOriginal') : t('cleanAgain');
    this.toggle.disabled = false;
    const removed = byId(this.doc, 'removed');
    const parts = status.removedCount > 0 ? [t('removedCount', String(status.removedCount))] : [];
    // Removals put back because the reader would have lost sight of text: said, with each reason on hover.
    if (status.undone.length > 0) parts.push(t('undoneCount', String(status.undone.length)));
    removed.textContent = parts.join(' · ');
    removed.title = status.undone.map((undone) => `${undone.text}: ${undone.reason}`).join('\n');
  }

  private async saveSiteMode(): Promise<void> {
    const host = this.status?.host;
    if (!host) return;
    const on = this.autoClean.checked;
    await updateSettings((settings) => withSiteMode(settings, host, on ? 'always' : 'never'));
    await this.actions.settingsSaved(on);
  }

  /** One action at a time, so a double click cannot send it twice. Disabling the controls instead would
   * throw keyboard focus back to the document. */
  private run(action: () => Promise<void>): void {
    if (this.busy) return;
    this.busy = true;
    this.doc.body.setAttribute('aria-busy', 'true');
    action()
      .catch(() => undefined)
      .finally(() => {
        this.busy = false;
        this.doc.body.removeAttribute('aria-busy');
      });
  }
}
