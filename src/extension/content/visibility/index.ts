// The layout checks the content script runs around a clean, loaded on demand with the engine's clean().
export { hiddenCopiesSteps, isCopyRemoval, judgeSteps } from './judge';
export { renderedProbe } from './rendered';
export { sightingSteps } from './sighting';
