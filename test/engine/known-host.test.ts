import { describe, expect, test } from 'vitest';
import { knownHost } from '../../src/engine/detection/signals/known-host';

describe('knownHost', () => {
  test.each([
    ['https://www.daily8.com/news/1', [], 'is a known aggregator'],
    ['https://www.msn.com/en-gb/news/ar-1', [], 'is a known aggregator'],
    ['https://uk.news.yahoo.com/story-1.html', [], 'is a known aggregator'],
    ['https://notmsn.com/story', [], null],
    ['https://msn.com.example.net/story', [], null],
    ['https://news.example.org/story', ['WWW.Example.org'], 'is a known aggregator'],
    ['https://example.org.evil.net/story', ['example.org'], null],
    ['https://uk.yahoo.com/news/story-1.html', [], 'syndication path'],
    ['https://www.yahoo.com/finance/news/story-1.html', [], 'syndication path'],
    ['https://www.yahoo.com/sports/story-1.html', [], null],
    ['https://evil.example/yahoo.com/news/story', [], null],
    ['not a url', [], null],
    // Portals on any subdomain.
    ['https://finance.yahoo.com/news/story-1.html', [], 'syndication path'],
    ['https://uk.finance.yahoo.com/news/story-1.html', [], 'syndication path'],
    ['https://sports.yahoo.com/news/story-1.html', [], 'syndication path'],
    ['https://finance.yahoo.com/quote/AAPL/', [], null],
    ['https://www.msn.com/de-de/nachrichten/politik/story/ar-AA1', [], 'is a known aggregator'],
    ['https://www.aol.com/news/story-1.html', [], 'is a known aggregator'],
    ['https://aol.com/story-1.html', [], 'is a known aggregator'],
  ])('%s (extra hosts %j): %s', (url, extra, detail) => {
    const signal = knownHost(url, extra);
    if (detail === null) expect(signal).toBeNull();
    else expect(signal?.detail).toContain(detail);
  });

  test('a page without a URL has no host to know', () => {
    expect(knownHost(null, ['daily8.com'])).toBeNull();
  });
});
