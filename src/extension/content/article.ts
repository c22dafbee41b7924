// The article for the popup. Extraction (Readability and the allowlist sanitiser) is loaded on the first
// request only, so pages where nobody opens the popup never pay for it; kept until the page changes. A small
// cleaned page may have it prepared ahead, while the browser is idle, so opening the popup costs no extraction.
import type { ExtractOptions } from '../../engine/extract';
import type { ArticleView } from '../shared/messages';
import { WorkMeter } from './meter';

type Engine = typeof import('../../engine/extract');

const loadEngine = (): Promise<Engine> => import('../../engine/extract');

/** Extraction cannot be split, so only a page this small is prepared ahead; a bigger one waits for the popup
 * to ask. Measured in Chromium: about 8 ms plus 0.035 ms per element of the cleaned page, so at most about
 * 30 ms here, well under a long task, even run cold. */
const PREFETCH_MAX_ELEMENTS = 600;
/** An idle period with less left than this may be cut short by the page's own work: wait for a longer one. */
const PREFETCH_MIN_IDLE_MS = 30;
const PREFETCH_IDLE_TRIES = 10;
/** A page whose extraction took this long, or that keeps changing, is left to extract on request. */
const PREFETCH_MAX_MS = 30;
const PREFETCH_LIMIT = 3;

export class ArticleCache {
  private cached: Promise<ArticleView | null> | null = null;
  /** The prefetch in progress; invalidate() drops it, so it never stores an article of a page that changed. */
  private prefetching: object | null = null;
  private prefetches = 0;

  constructor(
    private readonly doc: Document,
    private readonly isCleaned: () => boolean,
    private readonly options: () => ExtractOptions = () => ({}),
    private readonly meter = new WorkMeter(),
  ) {}

  get(): Promise<ArticleView | null> {
    this.cached ??= this.keep(loadEngine().then((engine) => this.extract(engine)));
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
    this.prefetching = null;
  }

  /** Prepares the article in idle time: the engine loads in one idle period, extraction runs in a later one. */
  prefetch(): void {
    if (this.prefetching || this.prefetches >= PREFETCH_LIMIT || typeof requestIdleCallback !== 'function')
      return;
    const token = {};
    this.prefetching = token;
    let tries = 0;
    const current = () => this.prefetching === token && this.cached === null;
    const whenIdle = (run: () => void) =>
      requestIdleCallback((deadline) => {
        if (!current()) return;
        if (deadline.timeRemaining() >= PREFETCH_MIN_IDLE_MS) return run();
        if (++tries < PREFETCH_IDLE_TRIES) whenIdle(run);
        else this.prefetching = null;
      });
    const start = () =>
      whenIdle(() => {
        if (this.doc.getElementsByTagName('*').length > PREFETCH_MAX_ELEMENTS) return;
        loadEngine().then(
          (engine) => whenIdle(() => this.prefetchWith(engine)),
          () => undefined,
        );
      });
    // A tab in the background cannot have the toolbar popup opened on it: it waits until it is shown.
    if (this.doc.visibilityState !== 'hidden') start();
    else this.doc.addEventListener('visibilitychange', () => current() && start(), { once: true });
  }

  private prefetchWith(engine: Engine): void {
    this.prefetching = null;
    this.prefetches++;
    const start = performance.now();
    try {
      this.cached = this.keep(Promise.resolve(this.extract(engine)));
    } catch {
      // The popup's own request tries again and reports the failure.
    }
    if (performance.now() - start > PREFETCH_MAX_MS) this.prefetches = PREFETCH_LIMIT;
  }

  /** A failure is not cached: the next request tries again. */
  private keep(article: Promise<ArticleView | null>): Promise<ArticleView | null> {
    const kept = article.catch((error: unknown) => {
      if (this.cached === kept) this.cached = null;
      throw error;
    });
    return kept;
  }

  private extract({ extract }: Engine): ArticleView | null {
    const result = this.meter.time('extract', () =>
      extract(this.doc, {
        ...this.options(),
        url: this.doc.location?.href ?? null,
        cleaned: this.isCleaned(),
      }),
    );
    if (result.paragraphs.length === 0) return null;
    const { detection: _detection, ...article } = result;
    return article;
  }
}
