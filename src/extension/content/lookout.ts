// What the start-up script does with a page before (and unless) the page part takes it over: on an ordinary page,
// the only work is the gate's read of its text, once it is parsed and again when it adds text late. Only a page
// that may be cleaned, or that the popup or the options page asks about, loads the page part (page/index.ts).
import type { Steps } from '../../engine/core/steps';
import type { Gate } from '../../engine/detection/gate-verdict';
import { knownHost } from '../../engine/detection/signals/known-host';
import type { ContentMessage, Envelope } from '../shared/messages';
import { errorText } from '../shared/router';
import type { Settings } from '../shared/settings';
import { shouldAutoClean } from '../shared/site-policy';
import { detectSuspicious } from './detect-page';
import { CopyHold } from './held-copies';
import { WorkMeter } from './meter';
import type { Checked, Started } from './page';
import { gatePage } from './page-gate';
import { loadPage, preloadCleaning } from './parts';
import { EAGER_MAX_ELEMENTS, EAGER_SLICE_MS, inSlices, SLICE_MS } from './slices';
import { AdditionWatcher, addedChars, REDETECT_MIN_CHARS } from './watcher';

export class Lookout {
  /** Shared with the page part: the popup's figures include the gate's reads made here. */
  private readonly meter = new WorkMeter();
  private started: Promise<Started> | null = null;
  /**
   * The gate's verdict on an ordinary page, from its last read (once parsed, or after it added text): the page
   * part takes it over when a message loads it, instead of reading the page again (5-15 ms on opening the popup).
   */
  private ordinary: Gate | null = null;
  private watcher: AdditionWatcher | null = null;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly runtimeId: string,
    /**
     * Copies held out of sight: on a known aggregator host since the page was parsed, elsewhere from the moment the
     * gate finds the page suspicious, until the page part's clean or a verdict that it is not to be cleaned.
     */
    private hold?: CopyHold,
  ) {}

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /**
   * The page's first look, once it is parsed. A page to be cleaned whatever it is (a known host, a site the
   * reader always cleans) is handed over at once; any other is read by the gate, and handed over only if the gate
   * finds it suspicious. An ordinary page is watched for text it adds late, which may make it one.
   */
  async look(known: boolean): Promise<void> {
    const eager = this.doc.getElementsByTagName('*').length <= EAGER_MAX_ELEMENTS;
    const budget = eager ? EAGER_SLICE_MS : SLICE_MS;
    if (known || this.toClean(this.settings)) {
      // The copies held while the page was parsed stay held from its first task, not from the page part's
      // arrival: on the fixtures that took about 100 ms, and the reader saw the copies of the markup's last part.
      if (eager && this.hold) await this.sliced(this.hold.updateSteps(), budget, false);
      void this.take();
      return;
    }
    if (await this.suspicious(budget)) return;
    this.watcher = new AdditionWatcher(this.doc, (added) => this.onAdded(added), this.meter);
    this.watcher.start();
  }

  /** The page part, loaded and started once: for a page that may be cleaned, or for a message about it. */
  take(checked: Checked = {}): Promise<Started> {
    this.watcher?.stop();
    this.watcher = null;
    this.started ??= loadPage().then(({ startPage }) =>
      startPage(this.doc, this.settings, this.meter, this.runtimeId, { hold: this.hold, ...checked }),
    );
    return this.started;
  }

  /** A message from the extension: answered by the page part, loaded for it if need be. */
  async answer(
    message: ContentMessage,
    sender: Parameters<Started['answer']>[1],
  ): Promise<Envelope<unknown>> {
    try {
      const { answer } = await this.take(this.ordinary ? { gate: this.ordinary } : {});
      return (await answer(message, sender)) ?? { ok: false, error: 'Unanswered message' };
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
  }

  applySettings(next: Settings): void {
    this.settings = next;
    if (this.started) void this.started.then(({ page }) => page.applySettings(next));
    // A page left alone until now may be one to clean under the new settings (an extra host, a site mode).
    else if (this.watcher && this.toClean(next)) void this.take();
  }

  /** Whether these settings clean the page whatever it looks like: a host they name, a site always cleaned. */
  private toClean(settings: Settings): boolean {
    return (
      knownHost(this.doc.location?.href ?? null, settings.extraHosts) !== null ||
      shouldAutoClean(settings, this.host, false)
    );
  }

  /**
   * Reads the page with the gate; a suspicious page is detected here too, and handed over with the verdict. The
   * page part and the cleaning code load meanwhile: waiting for the page part before detecting kept the copies
   * on screen about 30 ms longer on the fixtures (unknown host, median).
   */
  private async suspicious(budget = SLICE_MS): Promise<boolean> {
    const { custom, extraHosts } = this.settings;
    const options = { url: this.doc.location?.href ?? null, custom, extraHosts };
    // While the page is read again (it added text), the last verdict may be stale: a message meanwhile has the
    // page part read the page itself.
    this.ordinary = null;
    const gate = await gatePage(this.doc, options, this.meter, (steps) => this.sliced(steps, budget));
    if (!gate.suspicious) this.ordinary = gate;
    if (!gate.suspicious || this.started) return gate.suspicious;
    loadPage().catch(() => undefined);
    const cleaning = shouldAutoClean(this.settings, this.host, true);
    if (cleaning) preloadCleaning();
    // The copies go out of sight while detection and the cleaning code load (80-120 ms in Chromium on the
    // fixtures, the browser busy with the page's own loading): held only in the first tasks after parsing, when
    // the gate's answer from the background usually comes after the browser's first layout, not forcing it.
    if (cleaning && budget > SLICE_MS && !this.hold) {
      const hold = new CopyHold(this.doc, true);
      this.hold = hold;
      await this.sliced(hold.updateSteps(), budget, false);
    }
    const detection = await detectSuspicious(this.doc, this.settings, options, gate, (steps) =>
      this.started ? Promise.resolve(undefined) : this.sliced(steps, budget),
    );
    // Not an aggregator page (or not one to clean): what was held shows now, not when the page part arrives.
    if (detection && !shouldAutoClean(this.settings, this.host, detection.isAggregator)) this.hold?.lift();
    void this.take({ gate, ...(detection ? { detection } : {}) });
    return true;
  }

  private async onAdded(added: Element[]): Promise<void> {
    if (this.started || addedChars(added) < REDETECT_MIN_CHARS) return;
    await this.suspicious();
  }

  /**
   * Runs steps in slices; `unheld` shows the held copies while each slice runs, so detection reads the page as the
   * reader will meet it (an inline display:none reads as a hidden copy), hiding them again before the slice ends.
   */
  private sliced<T>(steps: Steps<T>, budget: number, unheld = true): Promise<T> {
    const hold = unheld ? this.hold : undefined;
    return inSlices(
      this.doc,
      steps,
      (run) => this.meter.time('detect', () => (hold ? hold.shown(run) : run())),
      budget,
    );
  }
}
