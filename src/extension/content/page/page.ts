// The content script's state for one page: detection, the cleaner, the watcher for late additions and
// the cached article, and the decisions that tie them to the user's settings.

import type { Steps } from '../../../engine/core/steps';
import type { Detection, EngineOptions, Rendered } from '../../../engine/core/types';
import { type Gate, gateSteps } from '../../../engine/detection/gate';
import type { PageStatus, WorkKind } from '../../shared/messages';
import { errorText } from '../../shared/router';
import type { Settings } from '../../shared/settings';
import { shouldAutoClean } from '../../shared/site-policy';
import { detectSuspicious, NOT_AGGREGATOR } from '../detect-page';
import { CopyHold } from '../held-copies';
import { WorkMeter } from '../meter';
import { loadClean, loadVisibility } from '../parts';
import { readable } from '../readable';
import { EAGER_MAX_ELEMENTS, EAGER_SLICE_MS, inSlices, SLICE_MS } from '../slices';
import { AdditionWatcher, addedChars, REDETECT_MIN_CHARS } from '../watcher';
import { ArticleCache } from './article';
import { PageCleaner } from './cleaner';
import { type Layout, liveLayout, VisibilityGuard } from './visibility-guard';
import { watchWidth } from './width-watch';

/** Whether two settings clean a page the same way (the rules and the hosts the engine is given). */
function sameRules(a: Settings, b: Settings): boolean {
  return JSON.stringify([a.custom, a.extraHosts]) === JSON.stringify([b.custom, b.extraHosts]);
}

/**
 * How long an answer also waits for work queued after it was asked for: two of the watcher's batches (one per
 * 200 ms at most), inside the popup's patience for an answer (1 s for its tab-following polls).
 */
export const FOLLOW_UP_MS = 500;

/** What the start-up script has read of the page already: the gate's verdict, and the detection's. */
export interface Checked {
  gate?: Gate;
  detection?: Detection;
}

export class Page {
  private detection: Detection | null = null;
  private error: string | null = null;
  /** What the page should show. Cleaning waits for clean() to load; a restore meanwhile must win. */
  private wanted: 'clean' | 'original' = 'original';
  /** Numbers each clean, so an older one still in slices knows it was superseded. */
  private runs = 0;
  /** The latest start or clean in flight: answers wait for it so a popup never reports a half-done page. */
  private pending: Promise<void> = Promise.resolve();
  private readonly cleaner: PageCleaner;
  private readonly watcher: AdditionWatcher;
  private readonly guard: VisibilityGuard;
  /** Copies held out of sight until the first clean's last slice (held-copies.ts); null once lifted. */
  private held: CopyHold | null = null;
  readonly article: ArticleCache;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly onCount: (count: number) => void,
    layout: Layout = liveLayout,
    /** The start-up script's meter, which has timed the gate's read of the page already (index.ts). */
    private readonly meter = new WorkMeter(),
  ) {
    this.cleaner = new PageCleaner(doc, () => this.engineOptions());
    this.watcher = new AdditionWatcher(doc, (added) => this.safely(() => this.onAdded(added)), this.meter);
    this.guard = new VisibilityGuard(
      doc,
      this.cleaner,
      layout,
      (kind, steps, current, budget) => this.sliced(kind, steps, current, budget),
      (undo, spare) => this.putBack(undo, spare),
    );
    this.article = new ArticleCache(
      doc,
      () => this.cleaner.cleaned,
      // The page's detection goes along: the extraction copy is not analysed again.
      () => ({ ...this.engineOptions(), ...(this.detection ? { detection: this.detection } : {}) }),
      this.meter,
    );
  }

  get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  get readable(): boolean {
    return readable(this.doc);
  }

  /**
   * The first detection and clean, in the first tasks after the body is parsed: in longer slices, and with no
   * frame drawn before the reader's view is read, so a small page is cleaned before the browser paints its
   * copies (see EAGER_SLICE_MS). `known`: the hold of a page known to be cleaned before anything is detected
   * (a known aggregator host), holding copies since the parser added them (held-copies.ts). `checked`: the gate's
   * and the detection's verdicts on the page as it is, where the start-up script has read them already.
   */
  start(known?: CopyHold, checked: Checked = {}): Promise<void> {
    if (!this.readable) return Promise.resolve();
    const budget =
      this.doc.getElementsByTagName('*').length <= EAGER_MAX_ELEMENTS ? EAGER_SLICE_MS : SLICE_MS;
    const eager = budget > SLICE_MS;
    const hold = async (held: CopyHold) => {
      if (!held.readAfterParse) await this.sliced('detect', held.updateSteps(), undefined, budget);
      this.held = held;
    };
    return this.track(
      this.safely(async () => {
        try {
          // The copies wait out of sight: on a known aggregator host from the first task after the markup is
          // parsed (or while it is parsed), before the clean's code and layout checks have run.
          if (eager && known) await hold(known);
          this.detection = checked.detection ?? (await this.detect(budget, checked.gate));
          this.watcher.start();
          this.watchWidth();
          if (!this.autoClean()) return;
          // Elsewhere the start-up script holds a whole repeated body from the gate's verdict (lookout.ts); a page
          // this part detects itself (the popup asked first, or text added late) holds once detection has found
          // an aggregator page, never on an ordinary page.
          if (eager && !this.held) await hold(new CopyHold(this.doc));
          await this.cleanAgain(budget);
        } finally {
          // A hold begun while parsing, on a page not cleaned after all, goes too.
          this.letGo();
          if (known) this.watcher.quietly(() => known.lift());
        }
      }),
    );
  }

  /** Lifts the hold, if any: the copies not removed show again (held-copies.ts). */
  private letGo(): void {
    const held = this.held;
    this.held = null;
    if (held) this.watcher.quietly(() => held.lift());
  }

  /**
   * Resolves once the page has reached the state the last action asked for. Work queued while waiting is
   * waited for too, but only for FOLLOW_UP_MS: a page that changes faster than it is cleaned (a ticker, a
   * live blog on a slow machine) would otherwise keep its popup waiting for ever.
   */
  async settled(): Promise<void> {
    const until = Date.now() + FOLLOW_UP_MS;
    let seen: Promise<void>;
    do {
      seen = this.pending;
      await seen;
    } while (seen !== this.pending && Date.now() < until);
  }

  status(): PageStatus {
    return {
      host: this.host,
      readable: this.readable,
      detection: this.detection,
      cleaned: this.cleaner.cleaned,
      removedCount: this.cleaner.removedCount,
      error: this.error,
      undone: this.guard.undone,
      work: structuredClone(this.meter.stats),
    };
  }

  showOriginal(): void {
    this.wanted = 'original';
    this.guard.forget();
    this.safely(() => this.meter.time('restore', () => this.watcher.quietly(() => this.cleaner.restore())));
    this.changed();
  }

  /**
   * Cleans now; the user (or their site setting) asked for it, so detection does not get a veto. `budget`
   * above SLICE_MS is the first clean of a small page: the reader's view is read before any frame is drawn.
   * Copies held out of sight since the page was parsed (held-copies.ts) are lifted as its last slice ends.
   */
  cleanAgain(budget = SLICE_MS): Promise<void> {
    this.wanted = 'clean';
    const current = this.whileCurrent(++this.runs);
    return this.track(
      this.safely(async () => {
        const [cleanSteps, visibility] = await Promise.all([loadClean(), loadVisibility()]);
        if (!current()) return;
        const probe = this.guard.probe(visibility);
        const sighting = probe ? await this.guard.sight(visibility, probe, current, budget) : null;
        if (probe && !sighting) return;
        // What was rendered before any removal decides which copy stays; a block the page added since the
        // sighting is read as it is now.
        const rendered: Rendered | undefined =
          sighting && probe ? (element) => sighting.rendered.get(element) ?? probe(element) : undefined;
        const steps = this.cleaner.steps(cleanSteps, true, this.detection, rendered);
        const cleaned = await this.sliced('clean', steps, current, budget);
        // In the task of the last slice: an await resumes before the browser draws a frame.
        this.letGo();
        if (!cleaned) return;
        this.changed();
        if (sighting) await this.guard.check(visibility, current);
      }),
    );
  }

  /**
   * Whether the work of clean number `run` still stands: a newer clean or a restore supersedes it, and it stops
   * at its next pause.
   */
  private whileCurrent(run: number): () => boolean {
    return () => this.wanted === 'clean' && run === this.runs;
  }

  /** Puts removals back into the page; `spare` keeps any later clean from making them again. */
  private putBack(undo: Parameters<PageCleaner['putBack']>[0], spare: boolean): void {
    this.meter.time('restore', () => this.watcher.quietly(() => this.cleaner.putBack(undo, spare)));
    this.changed();
  }

  /** Once the reader has resized the window: the copies kept checked at the new width, then a clean there. */
  private watchWidth(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    watchWidth(view, () => {
      if (this.wanted === 'clean') void this.track(this.safely(() => this.recheckWidth()));
    });
  }

  private async recheckWidth(): Promise<void> {
    const visibility = await loadVisibility();
    await this.guard.putBackHidden(visibility, this.whileCurrent(this.runs));
    // Copies that only this width shows side by side go now.
    if (this.wanted === 'clean') await this.cleanAgain();
  }

  /**
   * Runs steps in slices, each timed and with our own DOM changes kept out of the watcher; undefined when
   * `current` says the work was superseded.
   */
  private async sliced<T>(
    kind: WorkKind,
    steps: Steps<T>,
    current = () => true,
    budget = SLICE_MS,
  ): Promise<T | undefined> {
    return inSlices(
      this.doc,
      steps,
      (run) => this.meter.time(kind, () => this.watcher.quietly(() => this.unheld(run))),
      budget,
      current,
    );
  }

  /**
   * Runs one slice with the held copies shown, so detection, the sighting and the clean read the page as the
   * reader will meet it (the engine reads an inline display:none as a hidden copy), and holds them again before
   * the slice ends: no frame is drawn between.
   */
  private unheld<T>(work: () => T): T {
    return this.held ? this.held.shown(work) : work();
  }

  async applySettings(next: Settings): Promise<void> {
    const before = this.autoClean();
    const rulesChanged = !sameRules(this.settings, next);
    this.settings = next;
    if (rulesChanged) {
      this.article.invalidate();
      // An extra host may make an untouched page an aggregator page; a cleaned page no longer looks like one.
      if (this.wanted === 'original' && this.detection) this.detection = await this.detect();
    }
    const after = this.autoClean();
    // New custom rules reach a cleaned page at once; a page shown as original stays so.
    if (rulesChanged && before && after && this.wanted === 'clean') return this.cleanAgain();
    // Only this site's effective choice matters; other sites' changes must not undo a manual action here.
    if (before === after) return;
    if (after) await this.cleanAgain();
    else this.showOriginal();
  }

  private autoClean(): boolean {
    return shouldAutoClean(this.settings, this.host, this.detection?.isAggregator ?? false);
  }

  private async onAdded(added: Element[]): Promise<void> {
    this.article.invalidate();
    if (this.wanted === 'clean') return this.cleanAgain();
    // A page that renders its story late may only now look like an aggregator page.
    if (this.detection?.isAggregator) return;
    if (addedChars(added) < REDETECT_MIN_CHARS) return;
    this.detection = await this.detect();
    if (this.autoClean()) await this.cleanAgain();
  }

  /**
   * The gate settles almost every ordinary page; only a suspicious one loads the full detection, so the code
   * run on every page load stays small.
   */
  private async detect(budget = SLICE_MS, gate?: Gate): Promise<Detection> {
    const options = this.engineOptions();
    const checked = gate ?? (await this.sliced('detect', gateSteps(this.doc, options), undefined, budget));
    if (!checked) return NOT_AGGREGATOR;
    const run = (steps: Steps<Detection>) => this.sliced('detect', steps, undefined, budget);
    return (await detectSuspicious(this.doc, this.settings, options, checked, run)) ?? NOT_AGGREGATOR;
  }

  private track(work: Promise<void>): Promise<void> {
    const previous = this.pending;
    this.pending = Promise.all([previous, work]).then(() => undefined);
    return work;
  }

  private changed(): void {
    this.article.invalidate();
    this.onCount(this.cleaner.removedCount);
  }

  private engineOptions(): EngineOptions {
    const { custom, extraHosts } = this.settings;
    return { url: this.doc.location?.href ?? null, custom, extraHosts };
  }

  /** Nothing may throw into the page: failures become part of the status the popup shows. */
  private safely(run: () => Promise<void>): Promise<void>;
  private safely(run: () => void): void;
  private safely(run: () => void | Promise<void>): void | Promise<void> {
    const fail = (error: unknown) => {
      this.error = errorText(error);
    };
    try {
      const result = run();
      if (result instanceof Promise) return result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}
