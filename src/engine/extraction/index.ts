// Extraction, the last stage: the clean article (title, outlet, byline, date, body, related stories) from a
// copy of the page, cleaned first. Built as the content script's lazy part `extract`. Imports the stages
// before it and the shared layers.
export { type Extraction, type ExtractOptions, extract } from './extract';
