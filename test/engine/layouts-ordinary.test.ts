// The ordinary twin of test/engine/layouts.test.ts: seeded publisher pages in the same markup styles and
// languages, with the traps real pages have (layouts/ordinary.ts). Never detected; cleaning a page that is
// not detected changes nothing (every mutation recorded, as test/engine/real-ordinary does).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from './helpers';
import { checkOrdinary } from './layouts/invariants';
import { ordinaryPage, TRAPS } from './layouts/ordinary';
import { isPending } from './layouts/pending';
import { ORDINARY_SEED } from './layouts/seeds';

const RUNS = 300;

describe('generated ordinary layouts', () => {
  test(`${RUNS} seeded pages with traps: never detected, never changed`, () => {
    fc.assert(
      fc.property(ordinaryPage, (page) => {
        const failures = checkOrdinary(page, parse);
        const open = Object.entries(failures).filter(([invariant]) => !isPending(invariant, page.dims));
        expect(open, `${page.url}\n${page.dims.join(' ')}`).toEqual([]);
      }),
      { numRuns: RUNS, seed: ORDINARY_SEED },
    );
  }, 600_000);

  test('the seeded run sets every trap', () => {
    const dims = new Set(
      fc.sample(ordinaryPage, { numRuns: RUNS, seed: ORDINARY_SEED }).flatMap((p) => p.dims),
    );
    expect(TRAPS.filter((trap) => !dims.has(`trap:${trap}`))).toEqual([]);
  });
});
