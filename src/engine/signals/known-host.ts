import { AGGREGATOR_HOSTS, AGGREGATOR_PATHS } from '../data/hosts';
import { bareHost, hostOf } from '../page-url';
import type { Signal } from '../types';

/** The host itself or one of its subdomains. */
const onHost = (host: string, known: string) => host === known || host.endsWith(`.${known}`);

/** Runs on every page load: a path pattern is compiled and tried only on its own host. */
export function knownHost(url: string | null, extraHosts: readonly string[]): Signal | null {
  const host = hostOf(url);
  if (!host || !url) return null;
  const extra = (known: string) => onHost(host, bareHost(known.toLowerCase()));
  if (AGGREGATOR_HOSTS.some((known) => onHost(host, known)) || extraHosts.some(extra))
    return { name: 'known-host', weight: 3, detail: `${host} is a known aggregator` };
  if (AGGREGATOR_PATHS.some(({ host: known, path }) => onHost(host, known) && path.test(url)))
    return { name: 'known-host', weight: 3, detail: `${host} syndication path` };
  return null;
}
