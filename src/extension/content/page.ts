// The content script's state for one page: detection, the cleaner, the watcher for late additions and
// the cached article, and the decisions that tie them to the user's settings.
import { gateSteps } from '../../engine/gate';
import type { Steps } from '../../engine/steps';
import type { Detection, EngineOptions } from '../../engine/types';
import type { PageStatus, WorkKind } from '../shared/messages';
import { errorText } from '../shared/router';
import type { Settings } from '../shared/settings';
import { shouldAutoClean } from '../shared/site-policy';
import { ArticleCache } from './article';
import { loadClean, loadDetect, PageCleaner } from './cleaner';
import { WorkMeter } from './meter';
import { advance, pause } from './slices';
import { AdditionWatcher } from './watcher';

/** Whether two settings clean a page the same way (the rules and the hosts the engine is given). */
function sameRules(a: Settings, b: Settings): boolean {
  return JSON.stringify([a.custom, a.extraHosts]) === JSON.stringify([b.custom, b.extraHosts]);
}

const NOT_AGGREGATOR: Detection = { isAggregator: false, score: 0, signals: [] };

const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** A batch with this much new text may turn a page rendered late into a recognisable aggregator page. */
const REDETECT_MIN_CHARS = 200;
/**
 * How long an answer also waits for work queued after it was asked for: two of the watcher's batches (one per
 * 200 ms at most), inside the popup's patience for an answer (1 s for its tab-following polls).
 */
export const FOLLOW_UP_MS = 500;

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
  private readonly meter = new WorkMeter();
  readonly article: ArticleCache;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly onCount: (count: number) => void,
  ) {
    this.cleaner = new PageCleaner(doc, () => this.engineOptions());
    this.watcher = new AdditionWatcher(doc, (added) => this.safely(() => this.onAdded(added)), this.meter);
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
    return READABLE_TYPES.has(this.doc.contentType) && this.doc.body !== null;
  }

  start(): Promise<void> {
    if (!this.readable) return Promise.resolve();
    return this.track(
      this.safely(async () => {
        this.detection = await this.detect();
        this.watcher.start();
        if (this.autoClean()) await this.cleanAgain();
      }),
    );
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
      work: structuredClone(this.meter.stats),
    };
  }

  showOriginal(): void {
    this.wanted = 'original';
    this.safely(() => this.meter.time('restore', () => this.watcher.quietly(() => this.cleaner.restore())));
    this.changed();
  }

  /** Cleans now; the user (or their site setting) asked for it, so detection does not get a veto. */
  cleanAgain(): Promise<void> {
    this.wanted = 'clean';
    const run = ++this.runs;
    // A newer clean or a restore supersedes this one: it stops at its next pause.
    const current = () => this.wanted === 'clean' && run === this.runs;
    return this.track(
      this.safely(async () => {
        const cleanSteps = await loadClean();
        if (!current()) return;
        const steps = this.cleaner.steps(cleanSteps, true, this.detection);
        if (!(await this.sliced('clean', steps, current))) return;
        this.changed();
      }),
    );
  }

  /**
   * Runs steps in slices, each timed and with our own DOM changes kept out of the watcher; undefined when
   * `current` says the work was superseded.
   */
  private async sliced<T>(kind: WorkKind, steps: Steps<T>, current = () => true): Promise<T | undefined> {
    for (;;) {
      const step = this.meter.time(kind, () => this.watcher.quietly(() => advance(steps)));
      if (step.done) return step.value;
      await pause(this.doc);
      if (!current()) return undefined;
    }
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
    const chars = added.reduce((sum, element) => sum + (element.textContent?.length ?? 0), 0);
    if (chars < REDETECT_MIN_CHARS) return;
    this.detection = await this.detect();
    if (this.autoClean()) await this.cleanAgain();
  }

  /**
   * The gate settles almost every ordinary page; only a suspicious one loads the full detection, so the code
   * run on every page load stays small.
   */
  private async detect(): Promise<Detection> {
    const options = this.engineOptions();
    const checked = await this.sliced('detect', gateSteps(this.doc, options));
    if (!checked?.suspicious) return NOT_AGGREGATOR;
    const { detectSteps } = await loadDetect();
    return (await this.sliced('detect', detectSteps(this.doc, options, checked))) ?? NOT_AGGREGATOR;
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
