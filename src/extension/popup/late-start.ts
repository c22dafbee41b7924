// A content script can start seconds after a page has loaded in a busy browser (Firefox injects it once the
// page is idle, after the popup may already have asked). Such a page first reads as unreachable; the popup
// keeps asking now and then, and shows the article as soon as the page answers.

export interface LateStart {
  /** Whether the page's content script answers now. */
  answers(): Promise<boolean>;
  /** The popup moved on (another page, the tab closed, an answer came): stop asking. */
  stopped(): boolean;
  /** The page answers at last. */
  found(): void;
}

/** Often enough to feel immediate, rare enough to cost a browser page (which never answers) nothing. */
export const LATE_START_POLL_MS = 500;
/** A content script that has not started by then is not coming: the page stays "cannot read". */
export const LATE_START_LIMIT_MS = 15_000;

export function watchForLateStart(watch: LateStart, limitMs = LATE_START_LIMIT_MS): void {
  let waited = 0;
  const check = async () => {
    if (watch.stopped()) return;
    const answered = await watch.answers();
    if (watch.stopped()) return;
    if (answered) return watch.found();
    waited += LATE_START_POLL_MS;
    if (waited < limitMs) setTimeout(check, LATE_START_POLL_MS);
  };
  setTimeout(check, LATE_START_POLL_MS);
}
