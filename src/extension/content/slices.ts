// Runs engine steps in slices on the page's main thread: each slice stops once its budget is spent, and the
// page gets the thread back (input, rendering, its own scripts) before the next one.
import type { Steps } from '../../engine/steps';

/**
 * Long enough for steady progress, well under the 50 ms at which a page starts to feel stuck. A slice overruns
 * its budget by its last step and by any garbage collection inside it (5 and 12 ms at worst on a 5 MB page):
 * 8 ms, not 12, keeps its longest slice near 20 ms in Chromium, not 24-38.
 */
export const SLICE_MS = 8;

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
 * then starve for as long as our work lasts. A hidden tab is the exception: it draws nothing and gets no
 * input, and browsers hold its timers to about one a second, which would stretch a clean of a few slices
 * over seconds (a tab opened in the background, or the page under a popup opened as a tab); there the
 * pause is a message, which is not throttled.
 */
export function pause(doc: Document = document): Promise<void> {
  if (doc.visibilityState === 'hidden') return nextMessage();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function nextMessage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
