import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { pause } from './slices';

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
