// Runs engine steps in slices on the page's main thread: each slice stops once its budget is spent, and the
// page gets the thread back (input, rendering, its own scripts) before the next one.
import type { Steps } from '../../engine/core/steps';

/**
 * Short: a slice overruns its budget by its last step and by whatever garbage collection the browser does
 * inside it, and on a 5 MB page that is most of a slice's length. Chromium marks the page's DOM in steps taken
 * from the allocating script (10-33 ms each on 2 cores), and takes fewer and shorter ones when the script
 * leaves it gaps. Longest slice over 6 loads of the 5 MB page each (12 for 4 ms; plain Chromium, 2 cores):
 * budget 8 ms, 16-50 ms; 6 ms, 14-37 ms; 4 ms, 11-20 ms. The price is wall time, not work: about half as
 * long again for a clean, in twice as many slices.
 */
export const SLICE_MS = 4;

/**
 * The first detection and clean of a page run in slices this long: a slice of 4 ms lets the browser paint the
 * page's copies between two of them, and a small page is cleaned in a few of these, before its first frames.
 * A slice may overrun by one step, and a cold step (a rule's patterns compiled on first use) took 20-25 ms in
 * Firefox: at 30 ms, slices reached 47-52 ms there, over the 50 ms of a long task.
 */
export const EAGER_SLICE_MS = 20;
/**
 * Pages up to this many elements are cleaned first in EAGER_SLICE_MS slices. A larger page spends most of a
 * long slice in garbage collection (see SLICE_MS) and keeps its short ones: it paints while it is cleaned.
 */
export const EAGER_MAX_ELEMENTS = 8000;

export type Advance<T> = { done: true; value: T } | { done: false };

/**
 * Takes steps until the budget is spent, or until a step as long as the longest this slice has taken would
 * overrun it: steps vary (a rule's first run compiles its patterns), and the budget is checked only between
 * them, so a slice's length is its budget plus one step. Always takes one step: the work moves on.
 */
export function advance<T>(steps: Steps<T>, budgetMs = SLICE_MS): Advance<T> {
  const end = performance.now() + budgetMs;
  let longest = 0;
  for (;;) {
    const before = performance.now();
    const next = steps.next();
    if (next.done) return { done: true, value: next.value };
    const now = performance.now();
    longest = Math.max(longest, now - before);
    if (now + longest >= end) return { done: false };
  }
}

/**
 * Runs steps a slice at a time, pausing between slices; each slice runs inside `slice` (timed by the caller's
 * meter, its DOM changes kept from the caller's watcher). Undefined once `current` says the work was
 * superseded, checked after each pause.
 */
export function inSlices<T>(
  doc: Document,
  steps: Steps<T>,
  slice: (run: () => Advance<T>) => Advance<T>,
  budget?: number,
): Promise<T>;
export function inSlices<T>(
  doc: Document,
  steps: Steps<T>,
  slice: (run: () => Advance<T>) => Advance<T>,
  budget: number | undefined,
  current: () => boolean,
): Promise<T | undefined>;
export async function inSlices<T>(
  doc: Document,
  steps: Steps<T>,
  slice: (run: () => Advance<T>) => Advance<T>,
  budget = SLICE_MS,
  current = () => true,
): Promise<T | undefined> {
  for (;;) {
    const step = slice(() => advance(steps, budget));
    if (step.done) return step.value;
    await pause(doc);
    if (!current()) return undefined;
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

/**
 * Waits until the browser has drawn a frame since the call, so what our last slice changed is laid out by the
 * browser in its own task, not inside our next slice when it reads a box. A hidden tab draws no frames: there,
 * and if no frame comes within FRAME_WAIT_MS, a pause does.
 */
export function afterFrame(doc: Document = document): Promise<void> {
  const view = doc.defaultView;
  if (doc.visibilityState === 'hidden' || !view || typeof view.requestAnimationFrame !== 'function')
    return pause(doc);
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // The frame callback runs before that frame's layout: the timer after it runs once the frame is done.
    view.requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, FRAME_WAIT_MS);
  });
}

/** Longest wait for a frame: a browser may hold frames back (an occluded window) without hiding the tab. */
const FRAME_WAIT_MS = 100;
