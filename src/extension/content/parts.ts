// The content script's lazy parts, typed, and when each is asked for. Ordinary pages ask for none: the
// start-up script reads their text and lets them go (index.ts).
import { load } from './lazy';

type CleanSteps = typeof import('../../engine/cleaning').cleanSteps;
type DetectModule = typeof import('../../engine/detection');
export type VisibilityModule = typeof import('./visibility');
export type PageModule = typeof import('./page');

export const loadClean = (): Promise<CleanSteps> => load('clean').then((module) => module.cleanSteps);
export const loadDetect = (): Promise<DetectModule> => load('detect');
/** The layout checks around a clean: loaded with clean(), never on an ordinary page. */
export const loadVisibility = (): Promise<VisibilityModule> => load('visibility');
/** The page's state, cleaner and answers: loaded once a page may be cleaned, or the popup asks about it. */
export const loadPage = (): Promise<PageModule> => load('page');

/** Starts loading detection, cleaning and the layout checks at once, for a page known to need them. */
export function preloadCleaning(): void {
  // A failed load is met again, and reported, by the code that awaits it.
  for (const name of ['detect', 'clean', 'visibility'] as const) load(name).catch(() => undefined);
}
