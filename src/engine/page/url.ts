import { TRACKING_PARAMS, TRACKING_PREFIXES } from '../data/tracking-params';

const TRACKING = new Set(TRACKING_PARAMS);
const ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  quot: '"',
};

/**
 * An absolute http(s) URL without fragment and tracking parameters, or null for anything else
 * (javascript:, data:, mailto:, relative without a base, unparseable).
 */
export function cleanUrl(href: string, base: string | null): string | null {
  const raw = stripControls(decodeEntities(href)).trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !isTracking(pair.split('=')[0] ?? ''));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}

function isTracking(rawKey: string): boolean {
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    // Malformed escapes: judge the key as written.
  }
  key = key.toLowerCase();
  return TRACKING.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

// Source-level tricks ("&#106;avascript:", "java&Tab;script:") must not hide the scheme.
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:(#x[0-9a-f]+|#\d+);?|([a-z]+);)/gi,
    (whole, numeric: string | undefined, named: string | undefined) => {
      const lower = (numeric ?? named ?? '').toLowerCase();
      if (lower.startsWith('#x')) return safeChar(Number.parseInt(lower.slice(2), 16), whole);
      if (lower.startsWith('#')) return safeChar(Number.parseInt(lower.slice(1), 10), whole);
      return ENTITIES[lower] ?? whole;
    },
  );
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

// The URL parser drops tab and newline inside a scheme but not other controls; drop them all first.
function stripControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x1f && code !== 0x7f && !(code >= 0x200b && code <= 0x200f) && code !== 0xfeff) out += char;
  }
  return out;
}
