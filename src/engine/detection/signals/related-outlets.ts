import { runSteps, type Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import { extractRelatedSteps } from '../../related/related';
import { ownSiteCheck } from './own-site';

declare module '../../core/types' {
  interface SignalVerdicts {
    'multi-outlet-related': 'outlets';
  }
}

/** A related list drawing on several outlets is what a publisher's own page never shows. */
export function relatedOutlets(
  doc: Document,
  url: string | null,
  siteName: string | null,
): FindingOf<'multi-outlet-related'> | null {
  return runSteps(relatedOutletsSteps(doc, url, siteName));
}

/** relatedOutlets() in steps: the whole related-story extractor runs, cold on a page's first detection. */
export function* relatedOutletsSteps(
  doc: Document,
  url: string | null,
  siteName: string | null,
): Steps<FindingOf<'multi-outlet-related'> | null> {
  const isOwn = ownSiteCheck(url, siteName);
  const sources = new Set<string>();
  for (const story of yield* extractRelatedSteps(doc, url)) {
    if (story.source && !isOwn(story.source)) sources.add(story.source);
  }
  if (sources.size < 2) return null;
  return {
    name: 'multi-outlet-related',
    verdict: 'outlets',
    detail: `related stories from ${[...sources].slice(0, 5).join(', ')}`,
  };
}
