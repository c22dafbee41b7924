import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Steps } from '../../src/engine/core/steps';
import { advance, pause } from '../../src/extension/content/slices';

function documentShown(state: DocumentVisibilityState): Document {
  const doc = document.implementation.createHTMLDocument('');
  Object.defineProperty(doc, 'visibilityState', { value: state });
  return doc;
}

describe('pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a visible page waits for a timer, behind the tasks already queued', async () => {
    let resumed = false;
    pause(documentShown('visible')).then(() => (resumed = true));
    await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });

  test('a hidden page goes on without a timer, which the browser would hold to one a second', async () => {
    // No timer is advanced: only a message can resume the work.
    await expect(pause(documentShown('hidden'))).resolves.toBeUndefined();
  });
});

describe('advance', () => {
  let clock = 0;
  beforeEach(() => {
    clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterEach(() => vi.restoreAllMocks());

  /** How many steps of these lengths (ms) one slice takes. */
  function stepsInSlice(durations: readonly number[], budget: number): number {
    let taken = 0;
    function* timed(): Steps<void> {
      for (const ms of durations) {
        taken++;
        clock += ms;
        yield;
      }
    }
    advance(timed(), budget);
    return taken;
  }

  test.each([
    { durations: [1, 1, 1, 1, 1, 1], budget: 4, taken: 3, why: 'a fourth 1 ms step would end at the budget' },
    {
      durations: [1, 1, 20, 1, 1],
      budget: 30,
      taken: 3,
      why: 'after a 20 ms step, another would overrun 30 ms',
    },
    { durations: [25, 1, 1], budget: 20, taken: 1, why: 'one step is always taken' },
    { durations: [2, 2, 2], budget: 30, taken: 3, why: 'the work ends inside the budget' },
  ])('$why', ({ durations, budget, taken }) => {
    expect(stepsInSlice(durations, budget)).toBe(taken);
  });
});
