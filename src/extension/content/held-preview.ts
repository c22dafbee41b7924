// On a host of the built-in list, what the clean will remove is held out of sight from the parser's last task,
// before the browser's first frame: the clean runs on a copy of the page there (clean-preview.ts), with the
// cleaning code the page's other content script brought (bundled-parts.ts). Removed after that frame, a cookie
// prompt above the story, an AI box or a teaser printed before the full body moved the story under the reader's
// eyes (layout shift up to 0.45 on a fixture). Elsewhere the code has not come yet, and nothing is held here.
import { previewSteps } from './clean-preview';
import type { CopyHold } from './held-copies';
import { provided } from './lazy';
import { advance, EAGER_SLICE_MS } from './slices';

/**
 * What the parser's last task spends on the hold at most, its read of the copies included (15-30 ms on the
 * fixtures, as it lays the page out): under the 50 ms of a long task, with room for a slice's overrun by a step.
 */
const PARSED_TASK_MS = 40;

/** Whether the browser may have drawn the page already. */
export type Painted = () => boolean;

/**
 * Watches from the page's first bytes for a frame begun while the page is parsed with something in its body: the
 * browser may draw it (collapsed-continue's, begun before the page was parsed, was shown 26 ms after). Chromium
 * begins frames before the body has any, and draws nothing of them. Its paint timing says too, but a frame or
 * so after the frame it was: a hold in between moved the page.
 */
export function watchPainting(doc: Document): Painted {
  const view = doc.defaultView;
  let drawn = false;
  const look = () => {
    if (doc.readyState !== 'loading') return;
    if (doc.body?.firstElementChild) drawn = true;
    else view?.requestAnimationFrame(look);
  };
  view?.requestAnimationFrame?.(look);
  return () => drawn || (view?.performance.getEntriesByType?.('paint').length ?? 0) > 0;
}

/**
 * Previews the clean and holds what it removes, if that is done before the browser's first frame: in the
 * parser's last task, then in tasks of their own until that frame, and last in the frame's own callbacks, before
 * it is drawn. A preview not done by then, or begun after a frame (a page the browser drew while it was parsed),
 * holds nothing: held once the reader has seen them, the blocks moved the page as much as their removal does
 * (more, all at once: 0.41 against 0.24 on a fixture), and the clean removes them anyway.
 */
export function holdPreview(doc: Document, hold: CopyHold, since: number, painted: Painted): void {
  const clean = provided('clean');
  const view = doc.defaultView;
  if (!clean || !view || !doc.documentElement || painted()) return;
  // Copied as the reader will meet the page: the engine takes a block hidden by its style for a hidden one.
  const root = hold.shown(() => doc.documentElement.cloneNode(true) as Element);
  const steps = previewSteps(doc, root, clean.cleanSteps, (element) => hold.rendered(element));
  let over = false;
  const slice = (budget: number) => {
    if (over || !hold.active) return;
    try {
      const next = advance(steps, budget);
      if (next.done) {
        over = true;
        hold.holdOut(next.value);
      } else if (!painted()) view.setTimeout(() => slice(EAGER_SLICE_MS), 0);
    } catch {
      // A page the preview cannot read is cleaned as if there were none: the real clean reports what failed.
      over = true;
    }
  };
  // A frame's callbacks run before it is drawn: the last slice, unless the page was drawn already.
  view.requestAnimationFrame?.(() => {
    if (!painted()) slice(EAGER_SLICE_MS);
    over = true;
  });
  slice(Math.max(1, PARSED_TASK_MS - (performance.now() - since)));
}
