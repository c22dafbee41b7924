// Parsers for the list-valued settings fields. Lists are capped so a pasted novel or a hostile import
// cannot make every page pay for thousands of rules.

export const MAX_RULES = 100;
export const MAX_RULE_CHARS = 300;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Hosts are lower-case names: anything else is noise to drop. */
export function isHostKey(key: string): boolean {
  return key.length > 0 && key.length <= 253 && /^[a-z0-9.-]+$/.test(key);
}

/** A host as a reader types it ("WWW.Example.com", " example.com/ "), or null when it is not one. */
export function normaliseHost(text: string): string | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '');
  return isHostKey(host) && !host.startsWith('.') && !host.endsWith('.') ? host : null;
}

function uniqueStrings(raw: unknown, keep: (text: string) => string | null): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  for (const item of raw) {
    if (typeof item !== 'string') continue;
    const value = keep(item);
    if (value !== null) seen.add(value);
    if (seen.size >= MAX_RULES) break;
  }
  return [...seen];
}

/** Phrases and selectors: trimmed, non-empty, not too long, each once. Selector syntax is checked where a
 * DOM exists (the options page, the engine), not here: the background worker has none. */
export function parseRuleList(raw: unknown): string[] {
  return uniqueStrings(raw, (text) => {
    const trimmed = text.trim();
    return trimmed.length > 0 && trimmed.length <= MAX_RULE_CHARS ? trimmed : null;
  });
}

export function parseHosts(raw: unknown): string[] {
  return uniqueStrings(raw, normaliseHost);
}
