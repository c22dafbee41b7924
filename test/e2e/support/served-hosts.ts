// A host of the extension's built-in aggregator list (src/engine/data/hosts.ts) that both browsers resolve to the
// fixture server: a fixture served under it meets the extension as a page on daily8.com would, known from its
// first byte, before the settings are read.
export const BUILT_IN_HOST = 'fixtures.worldnewsera.com';

/** The fixture server's URL on the built-in host instead of 127.0.0.1. */
export const onBuiltInHost = (url: string): string => url.replace('//127.0.0.1:', `//${BUILT_IN_HOST}:`);
