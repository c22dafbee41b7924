// Data: hosts known to republish other outlets' stories in aggregator templates. A host matches
// itself and its subdomains. Detection never relies on this list alone (see signals/).
export const AGGREGATOR_HOSTS: readonly string[] = [
  'daily8.com',
  'msn.com',
  'news.yahoo.com',
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
 * Sites that syndicate only under some paths: Yahoo serves its syndicated stories under /news/ on several
 * national hosts. A path pattern is tried only on its host (and subdomains).
 */
export const AGGREGATOR_PATHS: readonly { host: string; path: RegExp }[] = [
  { host: 'yahoo.com', path: /^https?:\/\/(?:[a-z]{2}\.)?(?:www\.)?yahoo\.com\/(?:news|finance\/news)\//i },
];
