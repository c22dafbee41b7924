import { AGGREGATOR_HOSTS, AGGREGATOR_PATHS } from '../data/hosts';
import { hostOf } from '../page-url';
import type { Signal } from '../types';

export function knownHost(url: string | null, extraHosts: readonly string[]): Signal | null {
  const host = hostOf(url);
  if (!host || !url) return null;
  const match = [...AGGREGATOR_HOSTS, ...extraHosts.map((h) => h.toLowerCase().replace(/^www\./, ''))].find(
    (known) => host === known || host.endsWith(`.${known}`),
  );
  if (match) return { name: 'known-host', weight: 3, detail: `${host} is a known aggregator` };
  if (AGGREGATOR_PATHS.some((p) => p.test(url)))
    return { name: 'known-host', weight: 3, detail: `${host} syndication path` };
  return null;
}
