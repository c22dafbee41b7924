// Public API of the cleanup engine. Everything here takes a Document (and options) and returns plain
// data; nothing touches globals, browser-extension APIs or the network.

export { clean } from './clean';
export { completeDetection, detect } from './detect';
export { type Extraction, type ExtractOptions, extract } from './extract';
export { type Gate, gate } from './gate';
export { splitGluedLabel } from './labels/labels';
export { RULE_NAMES } from './rules';
export { DEFAULT_THRESHOLD, type Screening, screen } from './screen';
export type * from './types';
