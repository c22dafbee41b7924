// Data: hosts known to republish other outlets' stories in aggregator templates. A host matches
// itself and its subdomains (uk.news.yahoo.com, www.msn.com). Detection never relies on
// this list alone (see signals/): a portal's own stories credit the portal, and only another outlet's credit
// (signals/outlet-credit.ts) or a template's marks make its page an aggregator page.
export const AGGREGATOR_HOSTS: readonly string[] = [
  'daily8.com',
  'msn.com',
  'news.yahoo.com',
  // Yahoo's German and Spanish news hosts (de.nachrichten.yahoo.com, es.noticias.yahoo.com).
  'nachrichten.yahoo.com',
  'noticias.yahoo.com',
  'newsbreak.com',
  'newsbreakapp.com',
  'headtopics.com',
  'newsnow.co.uk',
  'ground.news',
  'inkl.com',
  'smartnews.com',
  'flipboard.com',
  'newsnow.com',
  'opera.news',
  'pressreader.com',
  'muckrack.com',
  'newsdump.co.uk',
  'worldnewsera.com',
  'headlines.ng',
  'aol.com',
];

/**
 * Sites that syndicate only under some paths: Yahoo serves its syndicated stories under /news/ on its national
 * and section hosts (uk.yahoo.com, finance.yahoo.com, uk.finance.yahoo.com, sports.yahoo.com). A path pattern
 * is tried only on its host (and subdomains).
 */
export const AGGREGATOR_PATHS: readonly { host: string; path: RegExp; paths: readonly string[] }[] = [
  {
    host: 'yahoo.com',
    path: /^https?:\/\/(?:[a-z0-9-]+\.)*yahoo\.com\/(?:[a-z]+\/)?news\//i,
    // The same paths as a manifest's match patterns (which cannot say "one word"): where the extension runs
    // the script carrying its cleaning code from the first byte (vite.config.ts). `path` still decides.
    paths: ['/news/*', '/*/news/*'],
  },
];
