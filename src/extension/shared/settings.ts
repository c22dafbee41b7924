// The extension's settings: defaults, and a parser that turns whatever storage holds into valid settings.
// Storage may hold values from an older version, from a bug, or edited by hand, so nothing is trusted.

export type SiteMode = 'always' | 'never' | 'auto';

export const defaults = {
  autoClean: true,
  sites: {} as Record<string, SiteMode>,
  version: 1,
};

export type Settings = typeof defaults;

export const SETTINGS_VERSION = defaults.version;

const SITE_MODES: readonly string[] = ['always', 'never', 'auto'] satisfies SiteMode[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSiteMode(value: unknown): value is SiteMode {
  return typeof value === 'string' && SITE_MODES.includes(value);
}

/** Hosts are keys typed by the extension itself, so anything else is noise to drop. */
function isHostKey(key: string): boolean {
  return key.length > 0 && key.length <= 253 && /^[a-z0-9.-]+$/.test(key);
}

function parseSites(raw: unknown): Record<string, SiteMode> {
  if (!isRecord(raw)) return {};
  const sites: Record<string, SiteMode> = {};
  for (const [host, mode] of Object.entries(raw)) {
    // 'auto' is the absence of a choice; storing it would only grow the map.
    if (isHostKey(host) && isSiteMode(mode) && mode !== 'auto') sites[host] = mode;
  }
  return sites;
}

/** Version 0 (never released as such) kept per-site booleans: true meant always, false never. */
function migrateV0Sites(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return Object.fromEntries(
    Object.entries(raw).map(([host, on]) => [host, on === true ? 'always' : on === false ? 'never' : on]),
  );
}

/** Valid settings from any stored value; each field falls back to its default on its own. */
export function parseSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return { ...defaults, sites: {} };
  const version = typeof stored.version === 'number' ? stored.version : 0;
  const sites = version === 0 ? migrateV0Sites(stored.sites) : stored.sites;
  return {
    autoClean: typeof stored.autoClean === 'boolean' ? stored.autoClean : defaults.autoClean,
    sites: parseSites(sites),
    version: SETTINGS_VERSION,
  };
}

/** Settings with one site's mode changed; 'auto' removes the entry. */
export function withSiteMode(settings: Settings, host: string, mode: SiteMode): Settings {
  const sites = { ...settings.sites };
  if (mode === 'auto') delete sites[host];
  else sites[host] = mode;
  return { ...settings, sites };
}
