// Cleaning, the second stage: removes the copies and promo blocks of a page detection found to be an aggregator
// page (or one the user asked to clean), one rule per module under rules/. Built as the content script's lazy
// part `clean`; the rules' names alone as the part `rules`. Imports detection and the shared layers.
export { type CleanOptions, clean, cleanSteps } from './clean';
