// The copy hold from the page's first bytes, on a known host: see holdWhileParsing.
import { CopyHold } from './held-copies';

/**
 * Holds copies as the parser adds them, before the browser paints them: the parser's additions reach an
 * observer at the end of its task, ahead of the frame that would show them. Ends once the markup is parsed
 * (the page then holds in its first task, see Page.start), once lifted, or once the page outgrows `maxElements`
 * (reading every block after each of the parser's tasks would cost more than the flash it saves).
 */
export function holdWhileParsing(
  doc: Document,
  maxElements: number,
  /**
   * Runs in the parser's last task, after the hold has read the page there; `since` is when that task's work
   * for the hold began.
   */
  onParsed?: (hold: CopyHold, since: number) => void,
): CopyHold {
  const hold = new CopyHold(doc);
  const view = doc.defaultView;
  if (!view || doc.readyState !== 'loading') return hold;
  const elements = doc.getElementsByTagName('*');
  const observer = new view.MutationObserver(() => {
    if (elements.length > maxElements) return observer.disconnect();
    // The parser's last additions may arrive here after it has marked the page parsed, still ahead of the frame
    // that would show them (a small page is parsed in one task, all of it then).
    hold.update();
    if (doc.readyState !== 'loading') observer.disconnect();
  });
  observer.observe(doc, { childList: true, subtree: true });
  // Chromium fires DOMContentLoaded in the parser's last task, its additions still queued for the observer:
  // they are read here, as disconnecting drops them (and the reader saw that part's copies for a frame).
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      const since = performance.now();
      const added = observer.takeRecords().length > 0;
      observer.disconnect();
      if (elements.length > maxElements) return;
      if (added) hold.update();
      onParsed?.(hold, since);
    },
    { once: true },
  );
  // The settings that name the host arrive while the page is parsed: what the parser added before them may
  // already hold copies, and its next addition may come after the browser's next frame.
  if (doc.body) hold.update();
  return hold;
}
