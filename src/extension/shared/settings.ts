// The extension's settings: defaults, and a parser that turns whatever storage holds into valid settings.
// Storage may hold values from an older version, from a bug, from an imported file or edited by hand, so
// nothing is trusted: each field is parsed on its own and falls back to its default.

import { isHostKey, isRecord, parseHosts, parseRuleList } from '../../formats/settings-fields';
import { type Comfort, DEFAULT_COMFORT, parseComfort } from './comfort';
import { DEFAULT_SPEECH, parseSpeech, type Speech } from './speech-settings';

export type SiteMode = 'always' | 'never' | 'auto';

export interface Settings {
  autoClean: boolean;
  sites: Record<string, SiteMode>;
  /** The reader's own rules: phrases whose blocks go, CSS selectors whose elements go. */
  custom: { phrases: string[]; selectors: string[] };
  /** Hosts the reader knows to be aggregators, on top of the built-in list. */
  extraHosts: string[];
  comfort: Comfort;
  /** Reading aloud: speed and voices. */
  speech: Speech;
  version: number;
}

/**
 * Version 2 added custom rules, extra hosts and reading comfort; version 3 added spacing, images and a
 * dyslexia-friendly font to reading comfort, narrowed the default line width, and added reading aloud.
 */
export const SETTINGS_VERSION = 3;

/** Version 2's default line width: about 85 characters of prose, past the 80 a line should hold at most. */
const V2_DEFAULT_LINE_WIDTH = 70;

export const defaults: Settings = Object.freeze({
  autoClean: true,
  sites: {},
  custom: Object.freeze({ phrases: [], selectors: [] }) as Settings['custom'],
  extraHosts: [],
  comfort: DEFAULT_COMFORT,
  speech: DEFAULT_SPEECH,
  version: SETTINGS_VERSION,
}) as Settings;

const SITE_MODES: readonly string[] = ['always', 'never', 'auto'] satisfies SiteMode[];

function isSiteMode(value: unknown): value is SiteMode {
  return typeof value === 'string' && SITE_MODES.includes(value);
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

/**
 * A version 2 comfort lacks the spacing fields, which take their defaults. Its line width at the old default is
 * taken for one never chosen, and moves to the new default; any other width was the reader's choice.
 */
function migrateV2Comfort(raw: unknown): unknown {
  if (!isRecord(raw) || raw.lineWidth !== V2_DEFAULT_LINE_WIDTH) return raw;
  return { ...raw, lineWidth: DEFAULT_COMFORT.lineWidth };
}

function parseCustom(raw: unknown): Settings['custom'] {
  const custom = isRecord(raw) ? raw : {};
  return { phrases: parseRuleList(custom.phrases), selectors: parseRuleList(custom.selectors) };
}

/** Valid settings from any stored value; each field falls back to its default on its own. Version 1 had
 * no custom rules, hosts or comfort: those fields are simply absent and take their defaults. */
export function parseSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? stored : {};
  const version = typeof raw.version === 'number' ? raw.version : 0;
  const sites = version === 0 ? migrateV0Sites(raw.sites) : raw.sites;
  return {
    autoClean: typeof raw.autoClean === 'boolean' ? raw.autoClean : defaults.autoClean,
    sites: parseSites(sites),
    custom: parseCustom(raw.custom),
    extraHosts: parseHosts(raw.extraHosts),
    comfort: parseComfort(version < 3 ? migrateV2Comfort(raw.comfort) : raw.comfort),
    speech: parseSpeech(raw.speech),
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
