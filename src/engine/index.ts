// Public API of the cleanup engine. Everything here takes a Document (and options) and returns plain
// data; nothing touches globals, browser-extension APIs or the network. Each stage has its own face
// (detection/, cleaning/, extraction/); docs/architecture.md draws the layers.

export { clean } from './cleaning';
export { RULE_NAMES } from './cleaning/rules';
export type * from './core/types';
export {
  completeDetection,
  DEFAULT_THRESHOLD,
  detect,
  type Gate,
  gate,
  type Screening,
  screen,
} from './detection';
export { type Extraction, type ExtractOptions, extract } from './extraction';
export { splitGluedLabel } from './labels/labels';
