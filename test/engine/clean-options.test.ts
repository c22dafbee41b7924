import { describe, expect, test } from 'vitest';
import { clean, detect } from '../../src/engine';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';

const seed = listFixtures('aggregator').find((f) => f.name === 'seed-daily8')!;
const url = seed.expected.url;

describe('clean() with a detection from the caller', () => {
  test('uses it instead of detecting again', () => {
    const doc = parse(seed.html);
    const before = doc.body.innerHTML;
    const result = clean(doc, { url, detection: { isAggregator: false, score: 0, signals: [] } });
    expect(result.cleaned).toBe(false);
    expect(result.detection.score).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  test('removes exactly what it removes when it detects itself', () => {
    const own = clean(parse(seed.html), { url });
    const doc = parse(seed.html);
    const handed = clean(doc, { url, detection: detect(doc, { url }) });
    expect(handed.detection).toEqual(own.detection);
    expect(handed.removed).toEqual(own.removed);
  });
});
