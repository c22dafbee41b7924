import { hostOf } from '../../page/page-url';
import { compact } from '../../text/fold';

/**
 * Whether a name is the site's own: its site name, its host, a name of its host ("gizmodo.com" is
 * "Gizmodo"), or words all of which are names of its host ("Yahoo Finance" on finance.yahoo.com). A
 * publisher labels its own stories with its own name; an aggregator labels them with other outlets'.
 */
export function ownSiteCheck(url: string | null, siteName: string | null): (name: string) => boolean {
  const names = new Set<string>();
  if (siteName) names.add(compact(siteName));
  const host = hostOf(url);
  const labels = new Set<string>();
  if (host) {
    names.add(compact(host));
    for (const label of host.split('.').slice(0, -1)) labels.add(compact(label));
  }
  return (name) => {
    const key = compact(name);
    if (!key) return false;
    if (names.has(key) || labels.has(key)) return true;
    const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length > 0 && words.every((word) => labels.has(word));
  };
}
