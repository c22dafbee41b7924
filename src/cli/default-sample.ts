import { fileURLToPath } from 'node:url';

/** The page `npm start` cleans when no file is given, relative to the package root. */
export const DEFAULT_SAMPLE = 'test/fixtures/aggregator/seed-daily8/source.html';

/** The bundle lives in dist/cli/, two levels below the package root. */
export function defaultSamplePath(bundleUrl: string): string {
  return fileURLToPath(new URL(`../../${DEFAULT_SAMPLE}`, bundleUrl));
}
