import { META_SEPARATOR, metaParts } from './meta-line';
import type { CliRecord } from './record';

/** The clean article as plain text: title, meta line, blank line, one paragraph per line, related stories. */
export function formatText(record: CliRecord): string {
  const lines: string[] = [];
  if (record.title) lines.push(oneLine(record.title));
  const meta = metaParts(record);
  if (meta.length > 0) lines.push(meta.join(META_SEPARATOR));
  if (lines.length > 0) lines.push('');
  lines.push(...record.paragraphs.map(oneLine));
  if (record.related.length > 0) {
    lines.push('', 'Related stories:');
    for (const story of record.related) {
      const source = story.source ? ` — ${oneLine(story.source)}` : '';
      lines.push(`- ${oneLine(story.title)}${source} (${story.url})`);
    }
  }
  return `${lines.join('\n')}\n`;
}

// A line break inside a paragraph would make one paragraph read as two.
function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}
