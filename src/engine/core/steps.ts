// Long engine work is written as generators that pause now and then (`yield`) so a caller on a page's main
// thread can spread it over several tasks; synchronous callers simply run them to the end.

/** Work that may pause between steps and finally returns T. */
export type Steps<T> = Generator<void, T, void>;

/** How many items of a loop to handle between pauses: small enough for a few ms per slice in a browser. */
export const STEP_ITEMS = 200;

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
