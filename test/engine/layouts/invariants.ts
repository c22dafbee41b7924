// The invariants of a generated page, as data (which held, and why not), shared by the tests and the bench.
import { clean, detect, extract } from '../../../src/engine';
import { fold } from '../../../src/engine/text/fold';
import { foldedCount, junkIn, visibleByMarkup } from './oracle';
import type { LayoutPage } from './truth';

export const AGGREGATOR_INVARIANTS = ['detected', 'once', 'kept', 'no-junk', 'source'] as const;
export type AggregatorInvariant = (typeof AGGREGATOR_INVARIANTS)[number];
export const ORDINARY_INVARIANTS = ['not-detected', 'unchanged'] as const;
export type OrdinaryInvariant = (typeof ORDINARY_INVARIANTS)[number];

/** Failed invariants, each with what went wrong; empty when all held. */
export type Failures<I extends string> = Partial<Record<I, string>>;

const counts = (text: string, paragraphs: readonly string[]) =>
  paragraphs.map((p) => [p, foldedCount(text, p)] as const).filter(([, n]) => n !== 1);
const describe = (bad: readonly (readonly [string, number])[]) =>
  bad.map(([p, n]) => `${n}× ${p.slice(0, 60)}`).join(' / ');

export function checkAggregator(
  page: LayoutPage,
  parse: (html: string) => Document,
): Failures<AggregatorInvariant> {
  const failures: Failures<AggregatorInvariant> = {};
  const { url } = page;
  const detection = detect(parse(page.html), { url });
  if (!detection.isAggregator)
    failures.detected = `score ${detection.score}: ${detection.signals.map((s) => s.name).join(', ')}`;
  const doc = parse(page.html);
  clean(doc, { url });
  const seen = visibleByMarkup(doc);
  const wrongCount = counts(seen, page.paragraphs);
  if (wrongCount.length > 0) failures.once = describe(wrongCount);
  const article = extract(parse(page.html), { url });
  const lost = counts(article.paragraphs.join('\n'), page.paragraphs);
  if (lost.length > 0) failures.kept = describe(lost);
  const leaked = [...junkIn(article.text, [...page.junk, ...page.extractJunk]), ...junkIn(seen, page.junk)];
  if (leaked.length > 0) failures['no-junk'] = [...new Set(leaked)].join(' / ');
  if (fold(article.source ?? '') !== fold(page.outlet))
    failures.source = `source ${JSON.stringify(article.source)}`;
  return failures;
}

export function checkOrdinary(
  page: LayoutPage,
  parse: (html: string) => Document,
): Failures<OrdinaryInvariant> {
  const failures: Failures<OrdinaryInvariant> = {};
  const doc = parse(page.html);
  const before = doc.body.outerHTML;
  // A DOMParser document has no window: the environment's global observer serves it.
  const Observer = (doc.defaultView ?? globalThis).MutationObserver;
  const observer = new Observer(() => {});
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  const result = clean(doc, { url: page.url });
  const changes = observer.takeRecords().length;
  observer.disconnect();
  if (result.detection.isAggregator)
    failures['not-detected'] =
      `score ${result.detection.score}: ${result.detection.signals.map((s) => s.name).join(', ')}`;
  if (changes > 0 || result.removed.length > 0 || doc.body.outerHTML !== before)
    failures.unchanged = `${changes} changes: ${result.removed.map((r) => `${r.rule} "${r.text.slice(0, 50)}"`).join(' / ')}`;
  return failures;
}
