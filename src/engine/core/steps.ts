// Long engine work is written as generators that pause now and then (`yield`) so a caller on a page's main
// thread can spread it over several tasks; synchronous callers simply run them to the end.

/** Work that may pause between steps and finally returns T. */
export type Steps<T> = Generator<void, T, void>;

/** How many items of a loop to handle between pauses: small enough for a few ms per slice in a browser. */
export const STEP_ITEMS = 200;

/**
 * Whether a loop pauses after its `count`-th item: every STEP_ITEMS items, and sooner at first (after items 1,
 * 2, 4, ... 128). A loop's first items are its dear ones on a page's first clean: each pattern they use is
 * compiled on its first run, and then again on its second, to machine code. Cold, one signal's first 200
 * items took 30-45 ms in one step, and a caller's slice overran by that step.
 */
export function pauseAt(count: number): boolean {
  return count % STEP_ITEMS === 0 || (count < STEP_ITEMS && (count & (count - 1)) === 0);
}

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
