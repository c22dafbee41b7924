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

/**
 * Gives the page its main thread back for a moment, behind the tasks already waiting: a timer. Not
 * scheduler.yield() or a message to ourselves: Firefox runs those ahead of the page's own timers, which
 * then starve for as long as our work lasts.
 */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
