import type { Steps } from '../../core/steps';
import type { FindingOf } from '../../core/types';
import { creditedSource } from '../../metadata/credited-source';
import { findRelatedSectionsSteps } from '../../related/related-sections';
import { knownBrand } from './known-host';

declare module '../../core/types' {
  interface SignalVerdicts {
    'outlet-credit': 'credit';
  }
}

/**
 * The page credits its story to another outlet: a provider named in JSON-LD or <meta>, a "Provided by" or
 * "Source:" line, a provider's logo in the story's header. Read only on a known aggregator host or a page with
 * syndication meta (`portal`): there a credit means the story is republished even when its body is printed
 * once. A publisher's page crediting a wire service is none of that. The site's own name is no credit.
 */
export function* outletCreditSteps(
  doc: Document,
  url: string | null,
  isOwnSite: (name: string) => boolean,
  extraHosts: readonly string[] = [],
): Steps<FindingOf<'outlet-credit'> | null> {
  yield;
  const sections = yield* findRelatedSectionsSteps(doc);
  const { source, siteName } = creditedSource(doc, url, sections);
  if (!source || isOwnSite(source) || !presentsAsPortal(siteName, knownBrand(url, extraHosts))) return null;
  return {
    name: 'outlet-credit',
    verdict: 'credit',
    detail: `the story is credited to ${source}`,
  };
}

/**
 * A page on a portal's subdomain that names itself another publication ("msnbc.com" on msnbc.msn.com) is that
 * publication's own site, crediting a wire service as publishers do. Without a declared name, or off the
 * known hosts (syndication meta), the page is taken as it presents itself.
 */
function presentsAsPortal(siteName: string | null, brand: string | null): boolean {
  if (!siteName || !brand) return true;
  const words: string[] = siteName.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.includes(brand);
}
