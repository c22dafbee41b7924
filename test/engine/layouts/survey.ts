// Runs an invariant check over many generated pages and tallies failures per invariant and dimension value,
// keeping the smallest failing page of each pair: the report's table, and what PENDING is chosen from.
import fc from 'fast-check';
import type { Failures } from './invariants';
import type { LayoutPage } from './truth';

export interface Tally<I extends string> {
  pages: number;
  /** Pages on which each invariant held. */
  held: Record<I, number>;
  /** "invariant × dim" → failures and the smallest failing page. */
  cells: Map<string, { count: number; example: LayoutPage; why: string }>;
  /** Pages carrying each dimension value: the denominators of the cells' rates. */
  seen: Map<string, number>;
}

export function survey<I extends string>(
  arbitrary: fc.Arbitrary<LayoutPage>,
  invariants: readonly I[],
  check: (page: LayoutPage) => Failures<I>,
  runs: number,
  seed: number,
  each?: (done: number) => void,
): Tally<I> {
  const held = Object.fromEntries(invariants.map((i) => [i, 0])) as Record<I, number>;
  const cells: Tally<I>['cells'] = new Map();
  const seen: Tally<I>['seen'] = new Map();
  fc.sample(arbitrary, { numRuns: runs, seed }).forEach((page, done) => {
    for (const dim of page.dims) seen.set(dim, (seen.get(dim) ?? 0) + 1);
    const failures = check(page);
    for (const invariant of invariants) {
      const why = failures[invariant];
      if (why === undefined) {
        held[invariant]++;
        continue;
      }
      for (const dim of page.dims) {
        const key = `${invariant} × ${dim}`;
        const cell = cells.get(key);
        if (!cell) cells.set(key, { count: 1, example: page, why });
        else {
          cell.count++;
          if (page.html.length < cell.example.html.length) Object.assign(cell, { example: page, why });
        }
      }
    }
    each?.(done + 1);
  });
  return { pages: runs, held, cells, seen };
}
