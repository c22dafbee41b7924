// The article for the popup. Extraction (Readability and the allowlist sanitiser) is loaded on the first
// request only, so pages where nobody opens the popup never pay for it; kept until the page changes.
import type { ExtractOptions } from '../../engine/extract';
import type { ArticleView } from '../shared/messages';
import { WorkMeter } from './meter';

export class ArticleCache {
  private cached: Promise<ArticleView | null> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly isCleaned: () => boolean,
    private readonly options: () => ExtractOptions = () => ({}),
    private readonly meter = new WorkMeter(),
  ) {}

  get(): Promise<ArticleView | null> {
    this.cached ??= this.extract().catch((error: unknown) => {
      // A failure is not cached: the next request tries again.
      this.cached = null;
      throw error;
    });
    return this.cached;
  }

  invalidate(): void {
    this.cached = null;
  }

  private async extract(): Promise<ArticleView | null> {
    const { extract } = await import('../../engine/extract');
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
