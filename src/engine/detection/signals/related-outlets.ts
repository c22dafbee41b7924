import type { Signal } from '../../core/types';
import { extractRelated } from '../../related/related';
import { SIGNALS } from '../signal-table';
import { ownSiteCheck } from './own-site';

/** A related list drawing on several outlets is what a publisher's own page never shows. */
export function relatedOutlets(doc: Document, url: string | null, siteName: string | null): Signal | null {
  const isOwn = ownSiteCheck(url, siteName);
  const sources = new Set<string>();
  for (const story of extractRelated(doc, url)) {
    if (story.source && !isOwn(story.source)) sources.add(story.source);
  }
  if (sources.size < 2) return null;
  return {
    name: 'multi-outlet-related',
    weight: SIGNALS['multi-outlet-related'].weight.outlets,
    detail: `related stories from ${[...sources].slice(0, 5).join(', ')}`,
  };
}
