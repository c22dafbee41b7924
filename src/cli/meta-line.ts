import type { CliRecord } from './record';

/**
 * Source · Site · Byline · Published, only the parts present. On a publisher's own page the source
 * and the site are often the same name, which would read as a stutter, so repeats are dropped.
 */
export function metaParts(record: Pick<CliRecord, 'source' | 'siteName' | 'byline' | 'published'>): string[] {
  const parts: string[] = [];
  for (const value of [record.source, record.siteName, record.byline, record.published]) {
    const part = value?.trim();
    if (part && !parts.some((seen) => seen.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  return parts;
}

export const META_SEPARATOR = ' · ';
