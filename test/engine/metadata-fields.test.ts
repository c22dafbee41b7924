import { describe, expect, test } from 'vitest';
import { readMetadata } from '../../src/engine/metadata/metadata';
import { parse } from './helpers';

// One field at a time, one markup style per row.
describe('readMetadata fields', () => {
  test.each([
    [
      '<meta name="syndication-source" content="https://www.reuters.com/world/story-1?utm_source=x">',
      'https://www.reuters.com/world/story-1',
    ],
    [
      '<meta name="original-source" content="/world/story-2">',
      'https://aggregator.example.com/world/story-2',
    ],
    ['<link rel="original-source" href="https://apnews.com/article/3">', 'https://apnews.com/article/3'],
  ])('original URL from %s', (head, expected) => {
    const doc = parse(`<head>${head}</head><body><h1>A headline for the test</h1></body>`);
    expect(readMetadata(doc, 'https://aggregator.example.com/a/1').originalUrl).toBe(expected);
  });

  test.each([
    [
      '<p>Originally published at <a href="https://theconversation.com/x-1#c">The Conversation</a>.</p>',
      'https://theconversation.com/x-1',
    ],
    [
      '<p><a href="https://www.reuters.com/markets/y-2">Read the original article</a></p>',
      'https://www.reuters.com/markets/y-2',
    ],
    [
      '<p><a href="https://www.abc.net.au/news/z-3">Continue reading on ABC News</a></p>',
      'https://www.abc.net.au/news/z-3',
    ],
    ['<p><a href="https://aggregator.example.com/other">Read the full article</a></p>', null],
    ['<p><a href="javascript:alert(1)">Read the original article</a></p>', null],
    ['<p>See <a href="https://example.net/report">the full report</a> for details.</p>', null],
  ])('original URL from the link in %s', (body, expected) => {
    const doc = parse(`<body><h1>A headline for the test</h1>${body}</body>`);
    expect(readMetadata(doc, 'https://aggregator.example.com/a/1').originalUrl).toBe(expected);
  });

  test.each([
    ['<p class="provided">Provided by Associated Press</p>', 'Associated Press'],
    [
      '<p><em>This article originally appeared on <a href="https://theatlantic.com/x">The Atlantic</a>.</em></p>',
      'The Atlantic',
    ],
    ['<span data-provider="Sky News"></span>', 'Sky News'],
    ['<div itemprop="provider" itemscope><span itemprop="name">Bloomberg</span></div>', 'Bloomberg'],
    ['<meta name="article:source" content="BBC News">', 'BBC News'],
    [
      '<figure><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><figcaption>Source: Getty Images</figcaption></figure>',
      null,
    ],
    ['<p>(<a href="https://artist.example.com"><em>Source: Riivka</em></a>)</p>', null],
    ['<footer><p>© 2025 Daily8. All rights reserved.</p></footer>', null],
  ])('source from %s', (markup, expected) => {
    const doc = parse(`<head><meta property="og:site_name" content="Daily8"></head>
      <body><h1>A headline for the test</h1><p>Some body text that is not a label at all.</p>${markup}</body>`);
    expect(readMetadata(doc, 'https://www.daily8.com/a/1').source).toBe(expected);
  });

  test.each([
    ['<a rel="author" href="/by/jane">Jane Doe</a>', 'Jane Doe'],
    ['<span itemprop="author" itemscope><meta itemprop="name" content="Max Muster"></span>', 'Max Muster'],
    ['<p class="byline">By Ana Sandoiu | Health Desk</p>', 'Ana Sandoiu'],
    [
      '<p>By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project</p>',
      'Daniel Kahn Gillmor',
    ],
    ['<p>By the way, this sentence is not a byline at all.</p>', null],
  ])('byline from %s', (markup, expected) => {
    const doc = parse(`<body><h1>A headline for the test</h1>${markup}<p>Body text.</p></body>`);
    expect(readMetadata(doc, null).byline).toBe(expected);
  });

  test('a meta author that is the outlet or a URL is not a byline', () => {
    const outlet = parse(`<head><meta name="author" content="Reuters"></head>
      <body><h1>A headline for the test</h1><p>Source: Reuters</p></body>`);
    expect(readMetadata(outlet, null).byline).toBeNull();
    const url = parse(
      '<head><meta name="author" content="https://facebook.com/someone"></head><body><h1>A headline here</h1></body>',
    );
    expect(readMetadata(url, null).byline).toBeNull();
  });

  test.each([
    ['<html lang="ar">', 'ar', 'rtl'],
    ['<html lang="he-IL">', 'he-IL', 'rtl'],
    ['<html lang="ar" dir="ltr">', 'ar', 'ltr'],
    ['<html dir="ltr" lang="fa"><body dir="rtl">', 'fa', 'rtl'],
    ['<html lang="de-DE">', 'de-DE', null],
    ['<html><head><meta property="og:locale" content="ur_PK"></head>', 'ur-PK', 'rtl'],
    ['<html>', null, null],
  ])('lang and dir of %s', (start, lang, dir) => {
    const meta = readMetadata(parse(`${start}<body><h1>A headline for the test</h1></body></html>`), null);
    expect([meta.lang, meta.dir]).toEqual([lang, dir]);
  });
});
