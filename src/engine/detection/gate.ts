import { runSteps, type Steps } from '../core/steps';
import type { EngineOptions } from '../core/types';
import { type Gate, gateMarks, gateVerdict, readsInChunks } from './gate-verdict';
import { quickScan, quickScanSteps } from './signals/quick-scan';

export type { Gate } from './gate-verdict';

/**
 * The check run on every page load, kept small in code and time: the known host, a syndication meta tag,
 * and one read of the page's text for repeated sentences or a glued outlet-and-time label. Everything else
 * (blocks, phrase lists, related stories) runs, and in the extension loads, only for a suspicious page.
 */
export function gate(doc: Document, options: EngineOptions = {}): Gate {
  return runSteps(gateSteps(doc, options, false));
}

/** gate() for a page's main thread: a large page's text is read in chunks between pauses. */
export function* gateSteps(doc: Document, options: EngineOptions = {}, stepped = true): Steps<Gate> {
  const marks = gateMarks(doc, options);
  if (marks.suspicious) return marks;
  const body = doc.body ?? doc.documentElement;
  const large = stepped && readsInChunks(doc);
  return gateVerdict(marks, large ? yield* quickScanSteps(body) : quickScan(body));
}
