// Runs engine steps in slices on the page's main thread: each slice stops once its budget is spent, and the
// page gets the thread back (input, rendering, its own scripts) before the next one.
import type { Steps } from '../../engine/steps';

/** Long enough for steady progress, well under the 50 ms at which a page starts to feel stuck. */
export const SLICE_MS = 12;

export type Advance<T> = { done: true; value: T } | { done: false };

export function advance<T>(steps: Steps<T>, budgetMs = SLICE_MS): Advance<T> {
  const end = performance.now() + budgetMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return { done: true, value: next.value };
    if (performance.now() >= end) return { done: false };
  }
}

type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Gives the page its main thread back for a moment. scheduler.yield() where the browser has it; otherwise a
 * message to ourselves, which (unlike setTimeout) is not clamped to 4 ms once slices follow each other.
 */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
