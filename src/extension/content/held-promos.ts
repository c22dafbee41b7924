// On a host of the built-in list, the blocks the clean's promo rules will remove (a cookie prompt above the story,
// an AI box, an ad label) are held out of sight from the parser's last task, before the browser's first frame:
// removed after it, they moved the story under the reader's eyes (layout shift up to 0.45 on a fixture). The
// cleaning code came with the page there (bundled-parts.ts); elsewhere it has not, and nothing is held here.
import type { CopyHold } from './held-copies';
import { provided } from './lazy';
import { advance, EAGER_SLICE_MS } from './slices';

/**
 * What the parser's last task spends on the hold at most, its read of the copies included (15-30 ms on the
 * fixtures, as it lays the page out; the find took 7-40 ms more there): under the 50 ms of a long task, with
 * room for a slice's overrun by one step.
 */
const PARSED_TASK_MS = 40;

/**
 * Finds the promo blocks and holds them, if that is done before the browser's first frame: in the parser's last
 * task, and what is left in the frame's own callbacks, before it is drawn. A find not done by then holds
 * nothing: held once the reader has seen them, the blocks would move the page as much as their removal does
 * (more, all at once: 0.41 against 0.24 on a fixture), and the clean removes them anyway.
 */
export function holdPromos(doc: Document, hold: CopyHold, since: number): void {
  const clean = provided('clean');
  const view = doc.defaultView;
  if (!clean || !view) return;
  const steps = clean.promoFindSteps(doc);
  const slice = (budget: number, last: boolean) => {
    if (!hold.active) return;
    // Read as the reader will meet the page: the engine takes a block hidden by its style for a hidden one.
    const next = hold.shown(() => advance(steps, budget));
    if (next.done) hold.holdOut(next.value);
    else if (!last && view.requestAnimationFrame)
      view.requestAnimationFrame(() => slice(EAGER_SLICE_MS, true));
  };
  slice(Math.max(1, PARSED_TASK_MS - (performance.now() - since)), false);
}
