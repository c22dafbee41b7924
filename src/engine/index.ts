// Public API of the cleanup engine. Everything here takes a Document (and options) and returns plain
// data; nothing touches globals, browser-extension APIs or the network.
export { detect } from './detect';
export { clean } from './clean';
export { type Extraction, extract } from './extract';
export { RULE_NAMES } from './rules';
export { splitGluedLabel } from './labels';
export type * from './types';
