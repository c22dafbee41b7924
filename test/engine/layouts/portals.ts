// The big portals that print a syndicated story once (issue 14 §3): such a page is an aggregator page because
// it is on a known aggregator host and credits another outlet, in one of the ways portals do. The generator
// puts every page with a single copy of the body on one of these; a single copy on an unknown host, with
// nothing but a dated outlet line, is how any publisher prints a wire story, and stays ordinary.
import fc from 'fast-check';
import type { Markup } from './markup';
import type { Vocab } from './vocab';

type Url = (slug: string, id: string) => string;

interface Portal {
  name: string;
  /** The story's address, per page language. */
  urls: Record<string, Url>;
}

const same = (url: Url): Record<string, Url> => ({ en: url, de: url, fr: url, es: url });

const PORTALS: readonly Portal[] = [
  {
    name: 'MSN',
    urls: Object.fromEntries(
      ['en-gb', 'de-de', 'fr-fr', 'es-es'].map((locale) => [
        locale.slice(0, 2),
        (slug: string, id: string) => `https://www.msn.com/${locale}/news/other/${slug}/ar-AA${id}`,
      ]),
    ),
  },
  {
    name: 'Yahoo News',
    urls: {
      en: (slug, id) => `https://news.yahoo.com/${slug}-${id}.html`,
      de: (slug, id) => `https://de.nachrichten.yahoo.com/${slug}-${id}.html`,
      fr: (slug, id) => `https://fr.news.yahoo.com/${slug}-${id}.html`,
      es: (slug, id) => `https://es.noticias.yahoo.com/${slug}-${id}.html`,
    },
  },
  { name: 'Yahoo Finance', urls: same((slug, id) => `https://uk.finance.yahoo.com/news/${slug}-${id}.html`) },
  { name: 'AOL', urls: same((slug, id) => `https://www.aol.com/news/${slug}-${id}.html`) },
];

/** How the portal credits the outlet: its label under the headline, a "Provided by" line, JSON-LD. */
const CREDITS = ['label', 'provided', 'json-ld'] as const;

export const portalPlan = fc.record({
  portal: fc.constantFrom(...PORTALS),
  credit: fc.constantFrom(...CREDITS),
  syndicationMeta: fc.boolean(),
});
export type PortalPlan = typeof portalPlan extends fc.Arbitrary<infer P> ? P : never;

export interface PortalCredit {
  head: string;
  /** Printed under the headline, before everything the generator orders. */
  top: string;
  /** Must not be in the article. */
  extractJunk: string[];
}

const domainOf = (outlet: string) => `www.${outlet.toLowerCase().replace(/[^a-z]/g, '')}.example`;

export function portalCredit(
  plan: PortalPlan,
  m: Markup,
  v: Vocab,
  outlet: string,
  title: string,
): PortalCredit {
  const meta = plan.syndicationMeta
    ? `<meta name="syndication-source" content="https://${domainOf(outlet)}/story/1">`
    : '';
  if (plan.credit === 'provided') {
    const line = v.provided.replace('{outlet}', outlet);
    return { head: meta, top: m.line([line]), extractJunk: [line] };
  }
  if (plan.credit === 'json-ld') {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title,
      provider: { '@type': 'Organization', name: outlet },
      publisher: { '@type': 'Organization', name: plan.portal.name },
    };
    return {
      head: `${meta}<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      top: '',
      extractJunk: [],
    };
  }
  return { head: meta, top: '', extractJunk: [] };
}
