// The article for the popup. Extraction (Readability and the allowlist sanitiser) is loaded and run on the
// popup's first request only, so pages where nobody opens the popup never pay for it (not even in idle time:
// the popup shows it within its 100 ms either way); kept until the page changes.
import type { ExtractOptions } from '../../../engine/extraction';
import type { ArticleView } from '../../shared/messages';
import { load } from '../lazy';
import { WorkMeter } from '../meter';

type Engine = typeof import('../../../engine/extraction');

const loadEngine = (): Promise<Engine> => load('extract');

export class ArticleCache {
  private cached: Promise<ArticleView | null> | null = null;
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
        // The copy is cleaned again even when the page was: the page keeps the copies a stylesheet hides at
        // this width (one may show at another), and the copy has no stylesheet to hide them.
        force: this.isCleaned(),
      }),
    );
    if (result.paragraphs.length === 0) return null;
    const { detection: _detection, ...article } = result;
    return article;
  }
}
