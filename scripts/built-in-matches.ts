// The hosts of the extension's built-in list (src/engine/data/hosts.ts) as a manifest's match patterns: where the
// content script carrying the cleaning code runs (vite.config.ts, content/bundled-parts.ts).
import { AGGREGATOR_HOSTS, AGGREGATOR_PATHS } from '../src/engine/data/hosts.ts';

/** "*." matches a host and its subdomains, as the list does; a host known only under some paths, under those. */
export const builtInMatches = (): string[] => [
  ...AGGREGATOR_HOSTS.map((host) => `*://*.${host}/*`),
  ...AGGREGATOR_PATHS.flatMap(({ host, paths }) => paths.map((path) => `*://*.${host}${path}`)),
];
