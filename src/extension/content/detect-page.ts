// Full detection of a page the gate let through, in slices, the cleaning code loading meanwhile where the page
// would be cleaned if it is an aggregator page: one wait for the extension's files instead of two before the
// reader's copies can go (30-40 ms in Chromium here). Run by the start-up script for a page it finds suspicious
// (lookout.ts), and by the page part for a page it reads again (page/page.ts).
import type { Steps } from '../../engine/core/steps';
import type { Detection, EngineOptions } from '../../engine/core/types';
import type { Gate } from '../../engine/detection/gate-verdict';
import type { Settings } from '../shared/settings';
import { shouldAutoClean } from '../shared/site-policy';
import { loadDetect, preloadCleaning } from './parts';

export const NOT_AGGREGATOR: Detection = { isAggregator: false, score: 0, signals: [] };

/** Undefined when `run` drops the work (superseded, or taken over by the page part meanwhile). */
export async function detectSuspicious(
  doc: Document,
  settings: Settings,
  options: EngineOptions,
  gate: Gate,
  run: (steps: Steps<Detection>) => Promise<Detection | undefined>,
): Promise<Detection | undefined> {
  if (!gate.suspicious) return NOT_AGGREGATOR;
  if (shouldAutoClean(settings, doc.location?.hostname ?? '', true)) preloadCleaning();
  const { detectSteps } = await loadDetect();
  return run(detectSteps(doc, options, gate));
}
