// What the promo rules would remove, found without removing it: the content script holds these blocks out of
// sight before the browser's first frame on a host of the built-in list (held-promos.ts), and lifts the hold
// once the clean is over. So each must be one the clean removes, or it would vanish and come back.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine';
import { promoFindSteps } from '../../src/engine/cleaning';
import { runSteps } from '../../src/engine/core/steps';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';
import { aggregatorPage } from './layouts/aggregator';
import { AGGREGATOR_SEED } from './layouts/seeds';

describe.each(listFixtures('aggregator'))('$name', ({ html, expected }) => {
  test('the promo blocks found are ones the clean removes, and finding them changes nothing', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const found = runSteps(promoFindSteps(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
    clean(doc, { url: expected.url, force: true });
    expect(stillThere(found)).toEqual([]);
  });
});

/** Connected elements' markup, for a failure that shows what was left. */
const stillThere = (found: readonly Element[]) =>
  found.filter((element) => element.isConnected).map((element) => element.outerHTML);

test('on generated layouts too, every promo block found is one the clean removes', () => {
  fc.assert(
    fc.property(aggregatorPage, (page) => {
      const doc = parse(page.html);
      const found = runSteps(promoFindSteps(doc));
      clean(doc, { url: page.url, force: true });
      expect(stillThere(found), page.dims.join(' ')).toEqual([]);
    }),
    { numRuns: 100, seed: AGGREGATOR_SEED },
  );
}, 120_000);

test('the blocks of a promo are found, the story is not', () => {
  const doc = parse(`<body><article><h1>Council approves the parks budget</h1>
    <p>The council approved the budget on Monday after a long debate about the city's parks and its pools.</p>
    <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
    <div><p>Advertisement</p></div>
    <p>Work on the first of the parks starts in spring, the council said, and should be done by autumn.</p>
    </article></body>`);
  const texts = runSteps(promoFindSteps(doc)).map((element) => element.textContent?.trim());
  expect(texts).toEqual(['Advertisement', 'We use cookies to improve your experience.']);
});
