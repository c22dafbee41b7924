// Syndicated stories on the big portals (Yahoo, MSN, AOL), printed once: a known host (any subdomain) with the
// page's own credit to another outlet is an aggregator page. The outlet is named from that credit, never from
// a picture's credit or a related card's; the portal's own promos go; the body stays whole.
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/cleaning/clean';
import { detect } from '../../src/engine/detection/detect';
import { extract } from '../../src/engine/extraction/extract';
import { parse } from './helpers';

const BODY = [
  'The central bank held interest rates steady on Wednesday, saying inflation was easing but remained above target.',
  'Officials signalled that cuts could come later in the year if price growth kept slowing across the economy.',
  'Markets had widely expected the decision, and shares rose modestly after the announcement in afternoon trade.',
  'Economists said the statement was more cautious than in March, pointing to risks from energy prices abroad.',
];

const paragraphs = (tag = 'p') => BODY.map((text) => `<${tag}>${text}</${tag}>`).join('\n');

interface Portal {
  url: string;
  html: string;
  source: string;
  promos: string[];
}

/** Five portals' markup: JSON-LD, a provider logo, a "Provided by" line, a <meta>, a credit beside the time. */
const PORTALS: Record<string, Portal> = {
  'Yahoo Finance, JSON-LD provider, atomic classes': {
    url: 'https://finance.yahoo.com/news/central-bank-holds-rates-120000123.html',
    source: 'Reuters',
    promos: ['Sign in to Yahoo', 'Try Yahoo Finance Plus', 'Download the Yahoo Finance app'],
    html: `<html><head><title>Central bank holds rates steady</title>
      <meta property="og:site_name" content="Yahoo Finance">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Central bank holds rates steady","publisher":{"@type":"Organization","name":"Yahoo Finance"},"provider":{"@type":"Organization","name":"Reuters"}}</script>
      </head><body>
      <div class="D(f) Jc(sb)"><a class="Fw(b)" href="/login">Sign in to Yahoo</a><a href="/plus">Try Yahoo Finance Plus</a></div>
      <main><article><h1 class="Fz(28px)">Central bank holds rates steady</h1>
      <div class="caas-body">
        <figure><img src="/p.jpg" alt="Bank building"><figcaption>The bank's headquarters. Photo: Getty Images</figcaption></figure>
        ${paragraphs()}
      </div></article>
      <div class="Bgc(#fff)"><p>Download the Yahoo Finance app</p></div>
      <section class="related"><h2>More from Yahoo Finance</h2><ul>
        <li><a href="/news/oil-prices-rise-1.html">Oil prices rise as supply tightens</a><span class="provider">Bloomberg</span></li>
        <li><a href="/news/stocks-mixed-2.html">Stocks end mixed after rate decision</a><span class="provider">Barron's</span></li>
      </ul></section></main></body></html>`,
  },
  'MSN, provider logo in the header, no text credit': {
    url: 'https://www.msn.com/en-gb/money/other/central-bank-holds-rates-steady/ar-AA1xYz',
    source: 'The Independent',
    promos: ['Feedback'],
    html: `<html><head><title>Central bank holds rates steady</title><meta property="og:site_name" content="MSN"></head>
      <body><div id="root"><div class="articlePage">
      <div class="viewsHeader"><a class="providerLogo" href="/en-gb/channel/source/The%20Independent/sr-1"><img alt="The Independent logo" src="/l.png"></a></div>
      <h1>Central bank holds rates steady</h1>
      <div class="articleBody">${paragraphs()}
        <div class="imageCaption"><span class="attribution">AP Photo/Evan Vucci</span></div>
      </div>
      <div class="feedbackBar"><button>Feedback</button></div>
      </div></div></body></html>`,
  },
  'UK Yahoo News, a "Provided by" line': {
    url: 'https://uk.news.yahoo.com/central-bank-holds-rates-120000456.html',
    source: 'Sky News',
    promos: ['Download the Yahoo News app'],
    html: `<html><head><title>Central bank holds rates steady - Yahoo News UK</title></head><body>
      <header role="banner"><a href="/">Yahoo News</a></header>
      <article><header><h1>Central bank holds rates steady</h1><div class="byline-attr"><span>Provided by Sky News</span></div></header>
      ${paragraphs('div')}
      </article>
      <aside><p>Download the Yahoo News app</p><a href="https://apps.apple.com/app/yahoo-news">App Store</a></aside>
      </body></html>`,
  },
  'AOL, a <meta> provider and a "Source:" line': {
    url: 'https://www.aol.com/news/central-bank-holds-rates-steady-120000789.html',
    source: 'Associated Press',
    promos: ['Sign in to AOL'],
    html: `<html><head><title>Central bank holds rates steady</title><meta property="og:site_name" content="AOL">
      <meta name="provider" content="Associated Press"></head><body>
      <nav><a href="/mail">Mail</a></nav><div class="top"><a href="/signin">Sign in to AOL</a></div>
      <div class="article"><h1>Central bank holds rates steady</h1>
      <p class="credit-line">Source: Associated Press</p>
      ${paragraphs()}</div></body></html>`,
  },
  'MSN in German, credit beside the time': {
    url: 'https://www.msn.com/de-de/finanzen/top-stories/zentralbank-belaesst-zinsen/ar-AA1abc',
    source: 'Handelsblatt',
    promos: ['Feedback geben'],
    html: `<html lang="de"><head><title>Central bank holds rates steady</title><meta property="og:site_name" content="MSN"></head>
      <body><main><h1>Central bank holds rates steady</h1>
      <div class="meta"><span class="source">Handelsblatt</span> · <span>vor 3 Stunden</span></div>
      <section>${paragraphs()}</section>
      <div><button>Feedback geben</button></div></main></body></html>`,
  },
};

describe('syndicated portal pages, the body printed once', () => {
  test.each(Object.entries(PORTALS))('%s: detected, the outlet named, promos gone', (_, portal) => {
    const detection = detect(parse(portal.html), { url: portal.url });
    expect(detection.isAggregator, JSON.stringify(detection.signals)).toBe(true);
    expect(detection.signals.map((s) => s.name)).toContain('known-host');

    const article = extract(parse(portal.html), { url: portal.url });
    expect(article.source).toBe(portal.source);

    const doc = parse(portal.html);
    clean(doc, { url: portal.url });
    const text = doc.body.textContent ?? '';
    for (const promo of portal.promos) expect(text).not.toContain(promo);
    for (const paragraph of BODY) expect(text).toContain(paragraph);
  });
});

describe('what does not make a portal page an aggregator page', () => {
  // (Without its related list: other outlets' stories listed on a portal are a signal of their own.)
  test("the portal's own story, credited to itself", () => {
    const html = PORTALS['Yahoo Finance, JSON-LD provider, atomic classes']!.html.replace(
      '"provider":{"@type":"Organization","name":"Reuters"}',
      '"provider":{"@type":"Organization","name":"Yahoo Finance"}',
    ).replace(/<section class="related">[\s\S]*?<\/section>/, '');
    const detection = detect(parse(html), { url: 'https://finance.yahoo.com/news/x-1.html' });
    expect(detection.isAggregator, JSON.stringify(detection.signals)).toBe(false);
  });

  test("only a picture's credit or a related card's outlet", () => {
    const html = `<html><head><title>Central bank holds rates steady</title><meta property="og:site_name" content="Yahoo Finance"></head>
      <body><h1>Central bank holds rates steady</h1>
      <figure><img src="/p.jpg" alt=""><figcaption><span class="source">Reuters/John Smith</span> AP Photo/Evan Vucci</figcaption></figure>
      <div class="photo-credit"><span class="provider">Getty Images</span></div>
      ${paragraphs()}
      <ul class="stream"><li><a href="/news/a-1.html">Oil prices rise</a><span class="provider">Bloomberg</span></li></ul>
      </body></html>`;
    const detection = detect(parse(html), { url: 'https://finance.yahoo.com/news/x-1.html' });
    expect(detection.isAggregator, JSON.stringify(detection.signals)).toBe(false);
  });

  test('a subdomain that names itself another publication (a wire story on its own site)', () => {
    const html = `<html><head><title>Central bank holds rates steady</title><meta property="og:site_name" content="msnbc.com"></head>
      <body><h1>Central bank holds rates steady</h1><div class="source">The Associated Press</div>${paragraphs()}</body></html>`;
    expect(detect(parse(html), { url: 'http://www.msnbc.msn.com/id/1/' }).isAggregator).toBe(false);
  });

  test('a credit on a host that is no portal', () => {
    const html = PORTALS['AOL, a <meta> provider and a "Source:" line']!.html;
    expect(detect(parse(html), { url: 'https://www.dailyherald.example/news/x' }).isAggregator).toBe(false);
  });
});
