import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  LATE_START_LIMIT_MS,
  LATE_START_POLL_MS,
  watchForLateStart,
} from '../../src/extension/popup/late-start';

describe('watchForLateStart', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page whose content script starts answering on the `startsAt`-th question (0: never). */
  function page(startsAt: number) {
    let asked = 0;
    let stopped = false;
    const found = vi.fn();
    watchForLateStart({
      answers: async () => ++asked === startsAt || (startsAt > 0 && asked > startsAt),
      stopped: () => stopped,
      found,
    });
    return { found, asked: () => asked, stop: () => (stopped = true) };
  }

  test.each([1, 2, 10])('a script that answers on question %i is found once, and asking stops', async (n) => {
    const watched = page(n);
    await vi.advanceTimersByTimeAsync(LATE_START_POLL_MS * n);
    expect(watched.found).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LATE_START_POLL_MS * 5);
    expect(watched.asked()).toBe(n);
  });

  test('a page that never answers (a browser page) is asked until the limit, then left alone', async () => {
    const watched = page(0);
    await vi.advanceTimersByTimeAsync(LATE_START_LIMIT_MS * 2);
    expect(watched.found).not.toHaveBeenCalled();
    expect(watched.asked()).toBe(LATE_START_LIMIT_MS / LATE_START_POLL_MS);
  });

  test('a popup that moved on stops asking', async () => {
    const watched = page(4);
    await vi.advanceTimersByTimeAsync(LATE_START_POLL_MS * 2);
    watched.stop();
    await vi.advanceTimersByTimeAsync(LATE_START_POLL_MS * 10);
    expect(watched.asked()).toBe(2);
    expect(watched.found).not.toHaveBeenCalled();
  });
});
