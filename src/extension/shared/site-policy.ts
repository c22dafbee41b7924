// Whether a page is cleaned automatically: the user's per-site choice wins over the global switch,
// which only applies to pages the engine recognised as aggregator pages.
import type { Settings, SiteMode } from './settings';

function siteMode(settings: Settings, host: string): SiteMode {
  return settings.sites[host] ?? 'auto';
}

export function shouldAutoClean(settings: Settings, host: string, isAggregator: boolean): boolean {
  const mode = siteMode(settings, host);
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return settings.autoClean && isAggregator;
}

/** The mode that flips what the user currently sees on this site. */
export function toggledMode(settings: Settings, host: string, isAggregator: boolean): SiteMode {
  return shouldAutoClean(settings, host, isAggregator) ? 'never' : 'always';
}
