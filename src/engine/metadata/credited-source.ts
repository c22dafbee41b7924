import { SITE_NAME_META } from '../data/metadata-hints';
import { hostOf } from '../page/page-url';
import { PageMeta } from './head-meta';
import { mainNode, readJsonLd } from './json-ld';
import { nameAt } from './json-ld-values';
import { headlineFacts } from './metadata-headline';
import { markedSource } from './metadata-source';

/**
 * The outlet the page credits for its story, as readMetadata() names it: the label at the headline, an element
 * marked as the source or provider (a provider's logo too), a "Source:" or "Provided by" line, a <meta>,
 * JSON-LD. Related sections (`sections`) are never read: their outlets are other stories'. With it, the site
 * name the page declares for itself (og:site_name and the like), if any.
 */
export function creditedSource(
  doc: Document,
  url: string | null,
  sections: readonly Element[],
): { source: string | null; siteName: string | null } {
  const related = new Set(sections);
  const ld = readJsonLd(doc);
  const main = mainNode(ld);
  const meta = new PageMeta(doc);
  const declared = meta.get(SITE_NAME_META);
  const siteName = declared ?? nameAt(main, 'publisher', ld) ?? hostOf(url);
  const source = headlineFacts(doc, related).source ?? markedSource(doc, related, ld, main, siteName, meta);
  return { source, siteName: declared };
}
