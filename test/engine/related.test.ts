import { describe, expect, test } from 'vitest';
import { extractRelated, findRelatedSections } from '../../src/engine/related/related';
import { parse } from './helpers';
import { DAILY8, MSN, PAGE, YAHOO } from './related-fixtures';

describe('extractRelated', () => {
  test('reads div-soup cards: title once, clean URL, outlet beside a glued icon label, first URL wins', () => {
    expect(extractRelated(parse(DAILY8), PAGE)).toEqual([
      {
        title: 'US President Donald Trump clarifies Ukraine should not target Moscow after weapons deal',
        url: 'https://www.daily8.com/news/us-president-trump-clarifies-9b2d41e7',
        source: 'West Australian',
        published: 'an hour ago',
        cluster: 0,
      },
      {
        title: 'Trump says Ukraine should not target Moscow',
        url: 'https://www.daily8.com/news/trump-says-5e8a0c13',
        source: 'West Australian',
        published: '2 hours ago',
        cluster: 0,
      },
      {
        title: 'Trump says Ukraine should not target Moscow',
        url: 'https://www.daily8.com/news/trump-says-a71f3d92',
        source: 'Perth Now',
        published: '2 hours ago',
        cluster: 0,
      },
      {
        title: 'Reserve Bank holds interest rates steady as inflation eases',
        url: 'https://www.daily8.com/news/reserve-bank-holds-rates-4c2e9d10',
        source: 'news.com.au',
        published: 'Yesterday',
        cluster: 1,
      },
    ]);
  });

  test('skips the URLs the caller names as the page itself', () => {
    const urls = extractRelated(parse(DAILY8), PAGE, [
      'https://www.daily8.com/news/trump-says-a71f3d92?utm_source=x',
    ]).map((story) => story.url);
    expect(urls).toEqual([
      'https://www.daily8.com/news/us-president-trump-clarifies-9b2d41e7',
      'https://www.daily8.com/news/trump-says-5e8a0c13',
      'https://www.daily8.com/news/reserve-bank-holds-rates-4c2e9d10',
    ]);
  });

  test('reads whole-card links with "Outlet · 3h" lines, and clusters with the page as a bridge', () => {
    expect(extractRelated(parse(MSN), 'https://www.msn.com/en-gb/news/bumblebees/ar-AA1iQk7P')).toEqual([
      {
        title: 'Bees can pass on puzzle-solving skills to each other, say scientists',
        url: 'https://www.msn.com/en-gb/news/bees-can-pass-on-skills/ar-AA1iR2bX',
        source: 'BBC News',
        published: '3h',
        cluster: 0,
      },
      {
        title: 'UK heatwave: temperatures could hit 33C on Saturday, Met Office says',
        url: 'https://www.msn.com/en-gb/weather/uk-heatwave/ar-AA1iPz0c',
        source: 'The Independent',
        published: '1h',
        cluster: 1,
      },
      {
        title: 'Clever bumblebees copy nestmates to crack two-step puzzle',
        url: 'https://www.msn.com/en-gb/news/clever-bumblebees/ar-AA1iQxT4',
        source: 'The Independent',
        published: '4h',
        cluster: 0,
      },
      {
        title: 'Insects may have culture too, bumblebee experiment suggests',
        url: 'https://www.msn.com/en-gb/news/insects-may-have-culture/ar-AA1iQqA9',
        source: 'The Telegraph',
        published: '6h',
        cluster: 0,
      },
    ]);
  });

  test('reads an aria-labelled "Up next" list with provider spans', () => {
    const stories = extractRelated(
      parse(YAHOO),
      'https://finance.yahoo.com/news/copper-hits-record-high-093512345.html',
    );
    expect(stories.map((s) => [s.title, s.url, s.source, s.published, s.cluster])).toEqual([
      [
        'Copper climbs to all-time peak as Chilean mine walkout enters second week',
        'https://finance.yahoo.com/news/copper-climbs-104512876.html',
        'Bloomberg',
        '3 hours ago',
        0,
      ],
      [
        'Oil steadies after three-day slide as investors weigh demand outlook',
        'https://finance.yahoo.com/news/oil-steadies-081133402.html',
        'Reuters',
        '5 hours ago',
        1,
      ],
      [
        'Metals traders brace for supply crunch as Cerro Blanco strike continues',
        'https://finance.yahoo.com/m/metals-traders-brace.html',
        'MarketWatch',
        '6 hours ago',
        0,
      ],
      [
        'Federal Reserve official signals openness to a September rate cut',
        'https://finance.yahoo.com/news/federal-reserve-official-201455019.html',
        'Associated Press',
        'Yesterday',
        2,
      ],
    ]);
  });

  test('without a base URL relative links are dropped and absolute ones kept', () => {
    const urls = extractRelated(parse(YAHOO), null).map((s) => s.url);
    expect(urls).toEqual(['https://finance.yahoo.com/news/copper-climbs-104512876.html']);
  });

  test('falls back to the canonical link as the base for relative links', () => {
    const html = YAHOO.replace(
      '<head>',
      '<head><link rel="canonical" href="https://finance.yahoo.com/news/copper.html">',
    );
    expect(extractRelated(parse(html), null)).toHaveLength(4);
  });

  test('cards without outlet or time give nulls, not guesses', () => {
    const doc = parse(`<body><h1>Local council approves new cycling lanes</h1>
      <p>The council voted on Monday to approve a network of protected cycling lanes across the city centre, after months of consultation.</p>
      <aside><h3>Recommended</h3><ul>
        <li><a href="https://example.org/a">Council budget vote delayed until next month</a></li>
        <li><a href="https://example.org/b">Bus fares to rise in January across the region</a></li>
      </ul></aside></body>`);
    expect(extractRelated(doc, 'https://example.org/cycling')).toEqual([
      {
        title: 'Council budget vote delayed until next month',
        url: 'https://example.org/a',
        source: null,
        published: null,
        cluster: 0,
      },
      {
        title: 'Bus fares to rise in January across the region',
        url: 'https://example.org/b',
        source: null,
        published: null,
        cluster: 1,
      },
    ]);
  });

  test('ad-network widgets are found as sections but not listed as stories', () => {
    const doc =
      parse(`<body><h1>Headline of the story itself</h1><p>${'Body text of the story. '.repeat(10)}</p>
      <div id="taboola-below-article" class="trc_related_container"><h3>You may also like</h3>
        <a href="https://ads.example.com/1">This one weird trick doctors do not want you to know</a>
        <a href="https://ads.example.com/2">Homeowners are switching to solar panels before the price rise</a>
      </div></body>`);
    expect(findRelatedSections(doc)).toHaveLength(1);
    expect(extractRelated(doc, 'https://example.org/story')).toEqual([]);
  });

  test('share buttons and "Read more" links are not stories', () => {
    const doc = parse(`<body><h1>Headline of the story itself</h1>
      <section class="related-stories"><h2>Related stories</h2>
        <a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a>
        <a href="https://example.org/one">Parliament passes the new housing bill after late-night debate</a>
        <a href="https://example.org/two">Read more</a>
        <a href="https://example.org/three">Opposition vows to repeal housing bill if elected next year</a>
      </section></body>`);
    expect(extractRelated(doc, 'https://example.org/story').map((s) => s.url)).toEqual([
      'https://example.org/one',
      'https://example.org/three',
    ]);
  });

  test('does not change the document', () => {
    const doc = parse(DAILY8);
    const before = doc.documentElement.outerHTML;
    extractRelated(doc, PAGE);
    findRelatedSections(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
