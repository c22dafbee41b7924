import { describe, expect, test } from 'vitest';
import { mainNode, readJsonLd } from '../../src/engine/metadata/json-ld';
import { readMetadata } from '../../src/engine/metadata/metadata';
import { stripSiteName } from '../../src/engine/page/title';
import { parse } from './helpers';
import { DAILY8, MSN, SEMANTIC, YAHOO } from './metadata-fixtures';

describe('readMetadata', () => {
  test('div soup: the glued outlet line under the headline names the source and time', () => {
    expect(readMetadata(parse(DAILY8), 'https://www.daily8.com/news/north-korea-c4e1b7a2')).toEqual({
      title: 'North Korea reaffirms support for Russia in Ukraine war',
      source: 'The Advertiser',
      siteName: 'Daily8',
      byline: null,
      published: '3 days ago',
      canonicalUrl: 'https://www.daily8.com/news/north-korea-c4e1b7a2',
      originalUrl: null,
      lang: 'en',
      dir: null,
    });
  });

  test('outlet lines, "Source:" lines and source classes inside related sections never count', () => {
    const doc = parse(DAILY8.replace(/<div class="mt-4 text-sm">.*?<\/div>/, ''));
    const meta = readMetadata(doc, 'https://www.daily8.com/news/north-korea-c4e1b7a2');
    expect(meta.source).toBeNull();
    expect(meta.published).toBeNull();
  });

  test('MSN-style provider attribution, "Story by" byline and JSON-LD isBasedOn', () => {
    expect(
      readMetadata(parse(MSN), 'https://www.msn.com/en-gb/news/techandscience/bumblebees/ar-AA1iQk7P'),
    ).toEqual({
      title: 'Bumblebees learn to open puzzle boxes by watching other bees, study finds',
      source: 'The Guardian',
      siteName: 'MSN',
      byline: 'Helen Marsh',
      published: '2 hours ago',
      canonicalUrl: null,
      originalUrl: 'https://www.theguardian.com/science/2025/jul/16/bumblebees-puzzle-boxes',
      lang: 'en-gb',
      dir: 'ltr',
    });
  });

  test('without JSON-LD the "View on <outlet>" link gives the original URL', () => {
    const doc = parse(MSN.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''));
    const meta = readMetadata(doc, 'https://www.msn.com/en-gb/news/techandscience/bumblebees/ar-AA1iQk7P');
    expect(meta.originalUrl).toBe('https://www.theguardian.com/science/2025/jul/16/bumblebees-puzzle-boxes');
    expect(meta.source).toBe('The Guardian');
  });

  test('Yahoo-style "Source: Reuters" line, byline class and <time datetime>', () => {
    expect(readMetadata(parse(YAHOO), 'https://finance.yahoo.com/news/copper-093512345.html')).toEqual({
      title: 'Copper hits record high as strike at Chilean mine drags into second week',
      source: 'Reuters',
      siteName: 'Yahoo Finance',
      byline: 'Rachel Mbeki and Tom Lindqvist',
      published: '2025-07-15T13:41:00.000Z',
      canonicalUrl: null,
      originalUrl: null,
      lang: 'en-US',
      dir: null,
    });
  });

  test('semantic article: JSON-LD @graph references, isBasedOn publisher, people-only author', () => {
    expect(readMetadata(parse(SEMANTIC), 'https://news.example.org/science/octopus-dreams')).toEqual({
      title: 'Why octopuses dream in colour',
      source: 'The Conversation',
      siteName: 'Science Daily News',
      byline: 'Jane Doe',
      published: '2025-07-10T08:00:00Z',
      canonicalUrl: null,
      originalUrl: 'https://theconversation.com/why-octopuses-dream-123456',
      lang: 'en',
      dir: null,
    });
  });

  test('JSON-LD datePublished when no meta or <time> gives a date', () => {
    const doc = parse(SEMANTIC.replace(/<meta property="article:published_time"[^>]*>/, ''));
    expect(readMetadata(doc, null).published).toBe('2025-07-09T21:30:00+01:00');
  });

  test('siteName falls back to the host without www', () => {
    const doc = parse(
      '<html><head><title>Plain page</title></head><body><h1>Plain page heading</h1></body></html>',
    );
    expect(readMetadata(doc, 'https://www.daily8.com/news/x').siteName).toBe('daily8.com');
    expect(readMetadata(doc, null).siteName).toBeNull();
  });

  test('without an h1 the title comes from og:title, then <title> without the site suffix', () => {
    const withOg =
      parse(`<head><title>Fallback | Daily8</title><meta property="og:title" content="Flood waters recede in the valley">
      <meta property="og:site_name" content="Daily8"></head><body><p>Text.</p></body>`);
    expect(readMetadata(withOg, null).title).toBe('Flood waters recede in the valley');
    const titleOnly = parse(
      '<head><title>Flood waters recede in the valley | Daily8</title></head><body><p>Text.</p></body>',
    );
    expect(readMetadata(titleOnly, null).title).toBe('Flood waters recede in the valley');
  });

  test('a one-word h1 naming the site is the logo, not the headline', () => {
    const doc =
      parse(`<head><title>Flood waters recede - Daily8</title><meta property="og:site_name" content="Daily8"></head>
      <body><h1>Daily8</h1><h1>Flood waters recede in the valley</h1></body>`);
    expect(readMetadata(doc, null).title).toBe('Flood waters recede in the valley');
  });

  test('does not change the document', () => {
    const doc = parse(DAILY8);
    const before = doc.documentElement.outerHTML;
    readMetadata(doc, 'https://www.daily8.com/news/north-korea-c4e1b7a2');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readJsonLd', () => {
  test('skips invalid blocks, flattens arrays and @graph, and finds the article node', () => {
    const doc = parse(`<head>
      <script type="application/ld+json">{ not json at all</script>
      <script type="application/ld+json"><!-- {"@type":"WebSite","name":"Commented"} --></script>
      ${SEMANTIC.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/)?.[0]}
    </head><body></body>`);
    const ld = readJsonLd(doc);
    expect(ld.nodes.map((node) => node['@type'])).toEqual([
      'WebSite',
      'Organization',
      'Person',
      ['NewsArticle'],
    ]);
    expect(mainNode(ld)?.headline).toBe('Why octopuses dream in colour');
    expect(ld.byId.get('https://news.example.org/#jane')?.name).toBe('Jane Doe');
  });
});

describe('stripSiteName', () => {
  test.each([
    ['North Korea reaffirms support | Daily8', 'Daily8', 'North Korea reaffirms support'],
    ['Daily8 | North Korea reaffirms support', 'Daily8', 'North Korea reaffirms support'],
    ['Bumblebees learn to open puzzle boxes - BBC News', null, 'Bumblebees learn to open puzzle boxes'],
    ['Trump - Putin summit', null, 'Trump - Putin summit'],
    ['Ceasefire talks resume in Cairo \u2014 The Verge', 'The Verge', 'Ceasefire talks resume in Cairo'],
    ['A headline with no suffix at all', 'Daily8', 'A headline with no suffix at all'],
    [
      'Why the long tail stays: a story about many things | part one of a very long series here',
      null,
      'Why the long tail stays: a story about many things | part one of a very long series here',
    ],
  ])('%j (site %j) -> %j', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});
