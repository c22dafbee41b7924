import { describe, expect, test } from 'vitest';
import { roundMs } from '../../src/cli/record';

describe('roundMs', () => {
  test.each([
    [0, 0],
    [1.234, 1.23],
    [1.235001, 1.24],
    [12.5, 12.5],
    [0.004, 0],
  ])('%d -> %d', (ms, expected) => {
    expect(roundMs(ms)).toBe(expected);
  });
});
