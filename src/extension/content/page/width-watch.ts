// A copy kept at one window width may be the one a stylesheet hides at another: the page is checked again once
// the reader has finished resizing, not at every resize event of a drag.

/** How long the window's width must hold still before the copies kept are checked against it. */
const RESIZE_SETTLE_MS = 250;

/** Calls `onWidth` each time the window's width has changed and then held still for RESIZE_SETTLE_MS. */
export function watchWidth(view: Window, onWidth: () => void): void {
  let lastWidth = view.innerWidth;
  let timer: ReturnType<typeof setTimeout> | null = null;
  view.addEventListener('resize', () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A height change alone (a toolbar shown, the keyboard opened) moves no stylesheet breakpoint we read.
      if (view.innerWidth === lastWidth) return;
      lastWidth = view.innerWidth;
      onWidth();
    }, RESIZE_SETTLE_MS);
  });
}
