import { runSteps, type Steps } from '../core/steps';
import type { Detection, EngineOptions } from '../core/types';
import type { Gate } from './gate';
import { DEFAULT_THRESHOLD, type Screening, scoreOf, screen, screenSteps, toDetection } from './screen';
import { weigh } from './signal-table';
import { relatedOutletsSteps } from './signals/related-outlets';

export { DEFAULT_THRESHOLD } from './screen';

/**
 * Scores how much a page looks like an aggregator's republished story, naming each signal. The costly
 * related-list signal is read only when the others leave the verdict open.
 */
export function detect(doc: Document, options: EngineOptions = {}, checked?: Gate): Detection {
  return completeDetection(doc, screen(doc, options, checked), options);
}

/** detect() in steps, for the content script on a large page. */
export function* detectSteps(doc: Document, options: EngineOptions = {}, checked?: Gate): Steps<Detection> {
  const screening = yield* screenSteps(doc, options, checked);
  yield;
  return yield* completeDetectionSteps(doc, screening, options);
}

/** A screening finished: the related-list signal is added when it could change the verdict. */
export function completeDetection(
  doc: Document,
  screening: Screening,
  options: EngineOptions = {},
): Detection {
  return runSteps(completeDetectionSteps(doc, screening, options));
}

function* completeDetectionSteps(
  doc: Document,
  screening: Screening,
  options: EngineOptions,
): Steps<Detection> {
  if (screening.settled) return toDetection(screening);
  const related = weigh(yield* relatedOutletsSteps(doc, screening.url, screening.siteName));
  if (!related) return toDetection(screening);
  const signals = [...screening.signals, related];
  const score = scoreOf(signals);
  return { isAggregator: score >= (options.threshold ?? DEFAULT_THRESHOLD), score, signals };
}
