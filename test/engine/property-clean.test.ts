// Property-based tests over generated pages (test/engine/arbitraries): cleaning keeps its promises on every
// page, not only on the fixtures.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine';
import { squash } from '../../src/engine/text/fold';
import { parsed, run, visibleText } from './arbitraries/happy-dom';
import { generatedPage } from './arbitraries/page';

const URL = 'https://news.example/story/1';
/** Fixed seed: a failure is reproducible from the CI log; fast-check prints the counterexample. */
const SEED = 20_261_127;

describe('clean on generated pages', () => {
  test('clean is idempotent: cleaning a cleaned page changes nothing (2,000 pages)', () => {
    fc.assert(
      fc.property(generatedPage, ({ html }) => {
        const doc = parsed(html);
        run(() => clean(doc, { url: URL, force: true }));
        const once = doc.documentElement.outerHTML;
        const again = run(() => clean(doc, { url: URL, force: true }));
        expect(again.removed).toEqual([]);
        expect(doc.documentElement.outerHTML).toBe(once);
      }),
      { numRuns: 2_000, seed: SEED + 1 },
    );
  });

  test('cleaning never removes all the text of a page (1,000 pages)', () => {
    fc.assert(
      fc.property(generatedPage, ({ html, prose }) => {
        const doc = parsed(html);
        const before = visibleText(doc);
        run(() => clean(doc, { url: URL, force: true }));
        const after = visibleText(doc);
        // A page whose only text is a promo may end empty; the article's paragraphs may not.
        const shown = prose.filter((paragraph) => before.includes(squash(paragraph)));
        if (shown.length > 0) expect(after).not.toBe('');
        for (const paragraph of shown) expect(after).toContain(squash(paragraph));
      }),
      { numRuns: 1_000, seed: SEED + 2 },
    );
  });
});
