import { escapeMarkdown, markdownUrl } from '../formats/markdown-escape';
import { META_SEPARATOR, metaParts } from './meta-line';
import type { CliRecord } from './record';

/** The clean article as Markdown: heading, italic meta line, paragraphs, related stories as links. */
export function formatMarkdown(record: CliRecord): string {
  const blocks: string[] = [];
  if (record.title) blocks.push(`# ${escapeMarkdown(record.title)}`);
  const meta = metaParts(record);
  if (meta.length > 0) blocks.push(`*${meta.map(escapeMarkdown).join(META_SEPARATOR)}*`);
  blocks.push(...record.paragraphs.map(escapeMarkdown).filter((paragraph) => paragraph !== ''));
  if (record.related.length > 0) {
    const items = record.related.map((story) => {
      const source = story.source ? ` — ${escapeMarkdown(story.source)}` : '';
      return `- [${escapeMarkdown(story.title)}](${markdownUrl(story.url)})${source}`;
    });
    blocks.push('## Related stories', items.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
