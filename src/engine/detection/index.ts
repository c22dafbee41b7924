// Detection, the first stage: is this an aggregator page, and by which signals? The gate runs on every page
// load (and in the extension's start-up script); the rest only for a page the gate lets through, built as the
// content script's lazy part `detect` (extension/content/lazy-chunks.ts). Imports only the shared layers.
export { completeDetection, DEFAULT_THRESHOLD, detect, detectSteps } from './detect';
export { type Gate, gate, gateSteps } from './gate';
export { type Screening, screen } from './screen';
export { knownHost } from './signals/known-host';
export { type QuickScan, quickScanSteps, scanText } from './signals/quick-scan';
