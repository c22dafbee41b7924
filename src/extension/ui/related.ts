// "Related stories": aggregators list the same event once per outlet, so the popup shows one entry per
// cluster, with the outlets that carry it.
import type { RelatedStory } from '../../engine/core/types';
import { webUrl } from './web-url';

interface Outlet {
  name: string;
  url: string;
}

export interface RelatedEntry {
  title: string;
  url: string;
  outlets: Outlet[];
}

function outletName(story: RelatedStory, url: string): string {
  return story.source?.trim() || new URL(url).hostname.replace(/^www\./, '');
}

export function groupRelated(stories: readonly RelatedStory[]): RelatedEntry[] {
  const byCluster = new Map<number, RelatedEntry>();
  for (const story of stories) {
    const url = webUrl(story.url);
    if (url === null) continue;
    const entry = byCluster.get(story.cluster);
    const outlet = { name: outletName(story, url), url };
    if (!entry) byCluster.set(story.cluster, { title: story.title, url, outlets: [outlet] });
    else if (!entry.outlets.some((known) => known.name === outlet.name)) entry.outlets.push(outlet);
  }
  return [...byCluster.values()];
}
