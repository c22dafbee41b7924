import type { CliRecord } from '../../../src/cli/record';

/** A complete record for formatter tests; each test overrides what it is about. */
export function makeRecord(overrides: Partial<CliRecord> = {}): CliRecord {
  return {
    file: 'page.html',
    url: 'https://www.daily8.com/news/story',
    isAggregator: true,
    score: 7,
    signals: [{ name: 'known-host', weight: 3, detail: 'daily8.com' }],
    title: 'Headline here',
    source: 'The Advertiser',
    siteName: 'Daily8',
    byline: 'Jane Doe',
    published: '3 days ago',
    canonicalUrl: 'https://www.daily8.com/news/story',
    originalUrl: null,
    paragraphs: ['First paragraph.', 'Second paragraph.'],
    text: 'First paragraph.\nSecond paragraph.',
    html: '<p>First paragraph.</p><p>Second paragraph.</p>',
    related: [],
    removed: [{ rule: 'app-promo', reason: 'app download promo', text: 'DOWNLOAD THE APP' }],
    timings: { parse: 1.5, detect: 0.25, clean: 2, extract: 3.75 },
    ...overrides,
  };
}

export const STORY = {
  title: 'Another story',
  url: 'https://ex.com/another',
  source: 'Reuters',
  published: null,
  cluster: 0,
};
