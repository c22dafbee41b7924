// Watches for content the page adds after load (lazy bodies, injected promos). The observer callback only
// collects nodes; the work happens once per batch, when the browser is idle, never once per mutation, and
// never while the previous batch's work is still going on.
import { WorkMeter } from './meter';

/** Additions that cannot carry article text or promo blocks. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);

/**
 * A page that appends forever must not grow our memory: past this many elements a batch keeps counting but
 * stops holding them. Nothing is lost: each pass cleans the whole page, the batch only says that it changed.
 */
const MAX_PENDING = 2000;

/** Pages that mutate constantly (tickers, carousels) get at most one pass per this many ms. */
export const MIN_GAP_MS = 200;
/**
 * Each batch on a cleaned page cleans the whole page again, so on a page that keeps growing (an endless feed)
 * each costs more. The wait before the next batch grows with the last one's cost, keeping our share of the
 * main thread to about a quarter, up to this long a wait: an addition is still cleaned within seconds.
 */
export const MAX_GAP_MS = 3000;
const WORK_SHARE = 0.25;

/** The wait after a batch whose work took `spentMs` of the main thread. */
export function gapAfter(spentMs: number): number {
  return Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, Math.round(spentMs * (1 / WORK_SHARE - 1))));
}

/** A batch with this much new text may turn a page rendered late into a recognisable aggregator page. */
export const REDETECT_MIN_CHARS = 200;

export const addedChars = (added: readonly Element[]): number =>
  added.reduce((sum, element) => sum + (element.textContent?.length ?? 0), 0);

/** Handles one batch; a returned promise holds the next batch back until it settles. */
export type BatchListener = (added: Element[]) => void | Promise<void>;

function isRelevant(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && !IGNORED_TAGS.has((node as Element).tagName);
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 16);
}

export class AdditionWatcher {
  private readonly observer: MutationObserver;
  private pending: Element[] = [];
  private scheduled = false;
  /** A batch's work is under way: additions meanwhile wait for it to end. */
  private busy = false;
  private gapMs = MIN_GAP_MS;

  constructor(
    private readonly root: Node,
    private readonly onBatch: BatchListener,
    private readonly meter = new WorkMeter(),
  ) {
    this.observer = new MutationObserver((records) =>
      this.meter.time('observe', () => this.collect(records)),
    );
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.pending = [];
  }

  /** Runs one of our own DOM changes without its mutations coming back as page additions. */
  quietly<T>(change: () => T): T {
    // Page mutations made before ours are still queued: keep them, then drop the records ours produce.
    this.collect(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!isRelevant(node)) continue;
        if (this.pending.length < MAX_PENDING) this.pending.push(node);
        else this.meter.stats.observed.dropped++;
      }
    }
    if (this.pending.length > 0 && !this.scheduled && !this.busy) this.schedule();
  }

  private schedule(): void {
    this.scheduled = true;
    setTimeout(() => whenIdle(() => this.flush()), this.gapMs);
  }

  private flush(): void {
    this.scheduled = false;
    const added = this.pending.filter((element) => element.isConnected);
    this.pending = [];
    if (added.length === 0) return;
    this.meter.stats.observed.batches++;
    this.meter.stats.observed.nodes += added.length;
    const before = this.meter.stats.totalMs;
    this.busy = true;
    const done = () => {
      this.busy = false;
      this.gapMs = gapAfter(this.meter.stats.totalMs - before);
      if (this.pending.length > 0 && !this.scheduled) this.schedule();
    };
    // The listener reports its own failures (the page's status); a failed batch still lets the next one run.
    Promise.resolve(this.onBatch(added)).then(done, done);
  }
}
