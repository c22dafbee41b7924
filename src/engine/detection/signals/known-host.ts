import type { FindingOf } from '../../core/types';
import { AGGREGATOR_HOSTS, AGGREGATOR_PATHS } from '../../data/hosts';
import { bareHost, hostOf } from '../../page/page-url';

declare module '../../core/types' {
  interface SignalVerdicts {
    'known-host': 'host';
  }
}

/** The host itself or one of its subdomains. */
const onHost = (host: string, known: string) => host === known || host.endsWith(`.${known}`);

/** Runs on every page load: a path pattern is compiled and tried only on its own host. */
export function knownHost(url: string | null, extraHosts: readonly string[]): FindingOf<'known-host'> | null {
  const host = hostOf(url);
  if (!host || !url) return null;
  const extra = (known: string) => onHost(host, bareHost(known.toLowerCase()));
  if (AGGREGATOR_HOSTS.some((known) => onHost(host, known)) || extraHosts.some(extra))
    return {
      name: 'known-host',
      verdict: 'host',
      detail: `${host} is a known aggregator`,
    };
  if (AGGREGATOR_PATHS.some(({ host: known, path }) => onHost(host, known) && path.test(url)))
    return {
      name: 'known-host',
      verdict: 'host',
      detail: `${host} syndication path`,
    };
  return null;
}

/**
 * The brand of the known host a URL is on ("msn" for www.msn.com and msnbc.msn.com, "yahoo" for
 * finance.yahoo.com), or null off the known hosts.
 */
export function knownBrand(url: string | null, extraHosts: readonly string[] = []): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const known = [...AGGREGATOR_HOSTS, ...AGGREGATOR_PATHS.map((entry) => entry.host), ...extraHosts]
    .map((name) => bareHost(name.toLowerCase()))
    .find((name) => onHost(host, name));
  if (!known) return null;
  const labels = known.split('.');
  // "news.yahoo.com" is Yahoo's: the brand is the label before the public suffix.
  return labels.length > 2 ? (labels[labels.length - 2] ?? null) : (labels[0] ?? null);
}
