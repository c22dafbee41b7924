// Issue 14's main test of generality: seeded aggregator layouts from test/engine/layouts/, combining markup
// style, 1-4 copies of the body, outlet/time labels in four languages, promo/related/attribution blocks and
// their order, each drawn independently. Runs in both DOM projects (not a property*.test.ts). The invariants
// (layouts/invariants.ts) and what "visible" means without a layout (layouts/oracle.ts) are documented there.
// Declarative shadow DOM is not generated: neither jsdom 28 nor happy-dom 21 attaches a shadow root for
// <template shadowrootmode> in a parsed document (both keep the template as is), so such a page would test the
// DOM library, not the engine. Failures listed in layouts/pending.ts are tolerated until their fixes land.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from './helpers';
import { aggregatorPage } from './layouts/aggregator';
import { COPY_KINDS } from './layouts/copies';
import { checkAggregator } from './layouts/invariants';
import { STYLES } from './layouts/markup-kit';
import { foldedCount, junkIn, visibleByMarkup } from './layouts/oracle';
import { isPending } from './layouts/pending';
import { AGGREGATOR_SEED } from './layouts/seeds';
import { typeset } from './layouts/typography';
import { VOCABS } from './layouts/vocab';

const RUNS = 300;

describe('generated aggregator layouts', () => {
  test(`${RUNS} seeded layouts: detected, every paragraph once, nothing lost, no junk, outlet named`, () => {
    fc.assert(
      fc.property(aggregatorPage, (page) => {
        const failures = checkAggregator(page, parse);
        // An undetected page is not cleaned: where its detection is pending, so is what follows from it.
        if (failures.detected && isPending('detected', page.dims)) return;
        const open = Object.entries(failures).filter(([invariant]) => !isPending(invariant, page.dims));
        expect(open, `${page.url}\n${page.dims.join(' ')}`).toEqual([]);
      }),
      { numRuns: RUNS, seed: AGGREGATOR_SEED },
    );
  }, 600_000);

  test('the seeded run draws every style, copy kind, language and time format', () => {
    const dims = new Set(
      fc.sample(aggregatorPage, { numRuns: RUNS, seed: AGGREGATOR_SEED }).flatMap((p) => p.dims),
    );
    const wanted = [
      ...STYLES.map((s) => `style:${s}`),
      ...COPY_KINDS.filter((k) => k !== 'hidden').map((k) => `copy:${k}`),
      ...VOCABS.map((v) => `lang:${v.lang}`),
      'label:glued',
      'label:spaced',
      'copies:1',
      'copies:4',
    ];
    expect(wanted.filter((d) => !dims.has(d))).toEqual([]);
  });
});

describe('the oracle', () => {
  test.each([
    ['a paragraph once', 'One two three. Four five.', 'One two three.', 1],
    [
      'typographic variants fold alike',
      'It\u2019s a \u201cfine\u201d day \u2014 isn\u2019t it\u2026',
      'It\'s a "fine" day - isn\'t it...',
      1,
    ],
    ['twice', 'Alpha beta gamma. Alpha beta gamma.', 'Alpha beta gamma.', 2],
    ['not inside a longer word', 'Alphabet beta.', 'Alpha', 0],
  ])('foldedCount: %s', (_, haystack, needle, count) => {
    expect(foldedCount(haystack, needle)).toBe(count);
  });

  test.each([
    ['whole words only', 'Kölner Stadt-Anzeiger · Gestern', ['Anzeige'], []],
    ['a block of its own', 'Story. Anzeige More story.', ['Anzeige'], ['Anzeige']],
    ['a teaser end, not the paragraph it cuts', 'Markets rose on Tuesday after', ['Markets rose\u2026'], []],
  ])('junkIn: %s', (_, haystack, junk, found) => {
    expect(junkIn(haystack, junk)).toEqual(found);
  });

  test.each([
    ['a hidden attribute', '<div hidden><p>gone</p></div><p>kept</p>', 'kept'],
    ['inline display:none', '<div style="color:red;display: none"><p>gone</p></div><p>kept</p>', 'kept'],
    [
      'script, style, template, noscript',
      '<script>a</script><style>b</style><template>c</template><noscript>d</noscript><p>kept</p>',
      'kept',
    ],
    ['aria-hidden shows (the eye sees it)', '<div aria-hidden="true">seen</div>', 'seen'],
    ['a class hides nothing without a stylesheet read', '<div class="hidden md:block">seen</div>', 'seen'],
    [
      'inline elements glue, blocks part',
      '<div><span>Outlet</span><span>3h</span></div><p>a</p><p>b</p>',
      'Outlet3h a b',
    ],
  ])('visibleByMarkup: %s', (_, body, text) => {
    expect(visibleByMarkup(parse(`<html><body>${body}</body></html>`))).toBe(text);
  });

  test.each([
    [
      'curly quotes',
      'It\'s "here"',
      ['curlyApostrophe', 'curlyQuotes'] as const,
      'It\u2019s \u201chere\u201d',
    ],
    ['ligature', 'final fire', ['ligature'] as const, '\ufb01nal \ufb01re'],
    ['dash and ellipsis', 'long-term...', ['enDash', 'ellipsis'] as const, 'long\u2013term\u2026'],
  ])('typeset: %s', (_, text, variants, out) => {
    expect(typeset(text, variants)).toBe(out);
  });

  test.each([
    ['a dimension covers every invariant', 'once', ['style:custom'], ['style:custom'], true],
    ['an invariant on a dimension', 'kept', ['style:table'], ['kept × style:table'], true],
    ['another invariant is not covered', 'once', ['style:table'], ['kept × style:table'], false],
    ['an invariant everywhere', 'source', ['lang:fr'], ['source × *'], true],
    ['nothing pending', 'once', ['lang:fr'], [], false],
  ])('isPending: %s', (_, invariant, dims, pending, covered) => {
    expect(isPending(invariant, dims, pending)).toBe(covered);
  });
});
