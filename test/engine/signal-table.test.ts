// The signal table (engine/detection/signal-table.ts) is what detection weighs by: every signal reported on the
// aggregator fixtures has its row, weighs one of the row's weights, and comes from the tier the row names.
import { describe, expect, test } from 'vitest';
import type { Finding, Signal } from '../../src/engine/core/types';
import { detect, gate, screen } from '../../src/engine/detection';
import {
  FULL_TIER_MOST,
  SCREEN_READERS,
  SIGNALS,
  THRESHOLD,
  weigh,
} from '../../src/engine/detection/signal-table';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';

const fixtures = listFixtures('aggregator');
const tierOf = (signal: Pick<Signal, 'name'>) => SIGNALS[signal.name].tier;

/** A weight the row allows: one of its weights, or for promo phrases a multiple of one family up to the most. */
function allowed(signal: Signal): boolean {
  const weights: readonly number[] = Object.values(SIGNALS[signal.name].weight);
  if (signal.name !== 'promo-phrases') return weights.includes(signal.weight);
  const { weight, most } = SIGNALS['promo-phrases'];
  const { family } = weight;
  return signal.weight <= most && Number.isInteger(Math.round((signal.weight / family) * 1e9) / 1e9);
}

describe.each(fixtures)('aggregator fixture $name', ({ html, expected }) => {
  const url = expected.url;

  test('each signal detected weighs what its row says', () => {
    const { signals } = detect(parse(html), { url });
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.filter((signal) => !allowed(signal))).toEqual([]);
  });

  test('the gate reports only gate-tier signals, screening none of the full tier', () => {
    const doc = parse(html);
    const checked = gate(doc, { url });
    const fromGate = [checked.host, checked.meta].flatMap((found) => (found ? [found] : []));
    expect(fromGate.map(tierOf).filter((tier) => tier !== 'gate')).toEqual([]);
    expect(screen(doc, { url }, checked).signals.map(tierOf)).not.toContain('full');
  });
});

test('the fixtures between them report most signals, so the checks above read most rows', () => {
  const seen = new Set(
    fixtures.flatMap(({ html, expected }) =>
      detect(parse(html), { url: expected.url }).signals.map((s) => s.name),
    ),
  );
  expect(seen.size).toBeGreaterThanOrEqual(Object.keys(SIGNALS).length - 2);
});

test.each([
  ['the full tier may add', FULL_TIER_MOST, SIGNALS['multi-outlet-related'].weight.outlets],
  ['a full copy decides alone', SIGNALS['repeated-body'].weight.full >= THRESHOLD, true],
  ['a card of the story decides alone', SIGNALS['repeated-body'].weight.card >= THRESHOLD, true],
  ['part of a copy needs another signal', SIGNALS['repeated-body'].weight.part < THRESHOLD, true],
  [
    'a repeated headline does not make part of a copy enough',
    SIGNALS['repeated-body'].weight.part + SIGNALS['repeated-headline'].weight.headline < THRESHOLD,
    true,
  ],
])('%s', (_name, actual, wanted) => {
  expect(actual).toBe(wanted);
});

test.each<[string, Finding, number]>([
  ['a verdict weighs its own weight', { name: 'repeated-body', verdict: 'part', detail: '' }, 2.5],
  ['another verdict of the same signal', { name: 'repeated-body', verdict: 'card', detail: '' }, 4],
  ['a counted finding weighs each', { name: 'promo-phrases', verdict: 'family', count: 2, detail: '' }, 1],
  ['up to the most its row allows', { name: 'promo-phrases', verdict: 'family', count: 5, detail: '' }, 1.5],
  ['a gate signal weighs by the same table', { name: 'known-host', verdict: 'host', detail: '' }, 3],
])('weigh: %s', (_name, found, weight) => {
  expect(weigh(found)).toEqual({ name: found.name, weight, detail: found.detail });
});

test("screening runs a reader for each screen row that has one, in the rows' order", () => {
  const screenRows = Object.values(SIGNALS).filter((row) => row.tier === 'screen');
  const readers = screenRows.flatMap((row) => ('read' in row ? [row.read] : []));
  expect(SCREEN_READERS).toEqual(readers);
  // Only outlet-time-line is reported by another row's reader (glued-outlet-time's).
  expect(screenRows.length - readers.length).toBe(1);
});
