// Public API of the cleanup engine. Everything here takes a Document (and options) and returns plain
// data; nothing touches globals, browser-extension APIs or the network.

export { clean } from './clean';
export { detect } from './detect';
export { type Extraction, extract } from './extract';
export { splitGluedLabel } from './labels/labels';
export { RULE_NAMES } from './rules';
export type * from './types';
