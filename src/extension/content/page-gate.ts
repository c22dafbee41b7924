// The gate as the start-up script runs it on every page load. Its marks (a known host, a syndication meta tag)
// and its read of the page's text run here; the scan of that text (sentences split, folded and counted, glued
// labels) runs in the background. Run here, cold in every page's own copy of the code, the scan cost the
// page's main thread 5-15 ms on ordinary pages; the background's copy stays compiled between pages, and its
// work is not the page's. The verdict is the engine's gate(), whichever side scanned.
import type { Steps } from '../../engine/core/steps';
import type { EngineOptions } from '../../engine/core/types';
import { type Gate, gateMarks, gateVerdict, readsInChunks } from '../../engine/detection/gate-verdict';
import type { QuickScan } from '../../engine/detection/signals/quick-scan';
import { seenText } from '../../engine/detection/signals/seen-text';
import { sendToBackground } from '../shared/send';
import { withTimeout } from '../shared/timeout';
import type { WorkMeter } from './meter';
import { loadDetect } from './parts';

/**
 * How long the background may take to answer, waking included, before the page scans its own text: a page
 * must be read even when the background cannot answer (stopped, or the extension updated under the page).
 */
const SCAN_TIMEOUT_MS = 2000;

/** Runs steps on the page's main thread, between pauses. */
type Sliced = <T>(steps: Steps<T>) => Promise<T>;

export async function gatePage(
  doc: Document,
  options: EngineOptions,
  meter: WorkMeter,
  sliced: Sliced,
): Promise<Gate> {
  const marks = meter.time('detect', () => gateMarks(doc, options));
  if (marks.suspicious) return marks;
  const body = doc.body ?? doc.documentElement;
  // A large page's text is read here in chunks between pauses, as gateSteps() does: one read of it, and one
  // message carrying it, would each be a long task.
  if (readsInChunks(doc)) {
    const { quickScanSteps } = await loadDetect();
    return gateVerdict(marks, await sliced(quickScanSteps(body)));
  }
  const text = meter.time('detect', () => seenText(body));
  const scan = (await scanInBackground(text, meter)) ?? (await scanHere(text, meter));
  return gateVerdict(marks, scan);
}

async function scanInBackground(text: string, meter: WorkMeter): Promise<QuickScan | null> {
  try {
    // Sending is the page's work too: the browser serialises the text on the page's thread.
    const reply = meter.time('detect', () => sendToBackground({ type: 'scan-text', text }));
    return await withTimeout(reply, SCAN_TIMEOUT_MS);
  } catch {
    return null;
  }
}

async function scanHere(text: string, meter: WorkMeter): Promise<QuickScan> {
  const { scanText } = await loadDetect();
  return meter.time('detect', () => scanText(text));
}
