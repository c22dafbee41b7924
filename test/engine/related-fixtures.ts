// Aggregator pages for the related-stories tests, in three markup styles: Daily8-like div soup,
// MSN-like whole-card links, Yahoo-like provider spans.

export const PAGE = 'https://www.daily8.com/news/north-korea-reaffirms-support-c4e1b7a2';

const ARTICLE = `
  <h1>North Korea reaffirms support for Russia in Ukraine war</h1>
  <div class="meta"><span>The Advertiser</span><span>3 days ago</span></div>
  <div class="prose">
    <p>North Korean leader Kim Jong-un has told Russia's top diplomat his country is ready to support Moscow's every effort in Ukraine, state media reports.</p>
    <p>Russian Foreign Minister Sergei Lavrov has been on a three-day visit to North Korea, which has provided troops and arms for Russia's war.</p>
    <p>Kim met Lavrov in the eastern coastal city of Wonsan, where the foreign ministers held their second strategic dialogue.</p>
    <p>Read our <a href="/about">editorial guidelines and standards for coverage</a> for more.</p>
  </div>`;

// Daily8-style div soup: the title three times, an outlet line, an SVG icon whose <title> glues
// "time" onto the time, the outlet again as a bullet, and a long teaser.
function daily8Card(slug: string, title: string, outlet: string, time: string, teaser: string): string {
  return `
    <div class="flex flex-col gap-2 rounded-lg border p-4">
      <a href="/news/${slug}?utm_source=daily8&amp;utm_medium=related#top" class="group block"><h3 class="text-lg">${title}</h3></a>
      <a href="/news/${slug}?fbclid=IwAR2xQm7" class="block md:hidden">${title}</a>
      <div class="mt-1 text-xs font-medium">${outlet}</div>
      <div class="text-xs"><svg viewBox="0 0 24 24"><title>time</title><circle cx="12" cy="12" r="10"></circle></svg>${time}</div>
      <ul class="list-disc"><li>${outlet}</li></ul>
      <div class="mt-2"><h4>${title}</h4><p class="text-sm">${teaser}</p></div>
    </div>`;
}

const TRUMP_TEASER =
  'US President Donald Trump says Ukrainian President Volodymyr Zelenskiy should not target Moscow and that Russian President Vladimir Putin should agree to a ceasefire deal by a 50-day deadline or sanctions will kick in.';

export const DAILY8 = `<!DOCTYPE html><html lang="en"><head><title>North Korea | Daily8</title></head><body>
  <header><nav><a href="/news/world-news-from-every-corner-of-the-globe">World news from every corner of the globe</a></nav></header>
  <main><div class="container">${ARTICLE}
    <section class="mt-12">
      <h2 class="mb-4 text-2xl font-bold">Related Articles</h2>
      <div class="grid gap-6">
        ${daily8Card(
          'us-president-trump-clarifies-9b2d41e7',
          'US President Donald Trump clarifies Ukraine should not target Moscow after weapons deal',
          'West Australian',
          'an hour ago',
          `US President Donald Trump has been forced to clarify whether he asked Zelensky if he could hit Moscow. ${TRUMP_TEASER}`,
        )}
        ${daily8Card('trump-says-5e8a0c13', 'Trump says Ukraine should not target Moscow', 'West Australian', '2 hours ago', TRUMP_TEASER)}
        ${daily8Card('trump-says-a71f3d92', 'Trump says Ukraine should not target Moscow', 'Perth Now', '2 hours ago', TRUMP_TEASER)}
        ${daily8Card(
          'trump-says-5e8a0c13',
          'Trump says Ukraine should not target Moscow',
          'West Australian',
          '2 hours ago',
          'A second card for a story already listed: the first card wins.',
        )}
        ${daily8Card(
          'north-korea-reaffirms-support-c4e1b7a2',
          'North Korea reaffirms support for Russia in Ukraine war',
          'The Advertiser',
          '3 days ago',
          'The page links to itself from its own related list.',
        )}
        ${daily8Card(
          'reserve-bank-holds-rates-4c2e9d10',
          'Reserve Bank holds interest rates steady as inflation eases',
          'news.com.au',
          'Yesterday',
          'The Reserve Bank of Australia left the cash rate unchanged on Tuesday, citing easing inflation and a softer labour market.',
        )}
      </div>
    </section>
  </div></main>
  <footer><ul><li><a href="/privacy-policy-and-cookie-settings">Privacy policy and cookie settings</a></li>
    <li><a href="/terms-of-service-for-all-users">Terms of service for all users</a></li>
    <li><a href="/contact-our-editorial-team">Contact our editorial team now</a></li></ul></footer>
</body></html>`;

export const MSN = `<!DOCTYPE html><html lang="en-gb"><head><title>Bumblebees learn to open puzzle boxes</title>
  <meta name="description" content="Bumblebees can learn to solve a two-step puzzle that none of them could crack alone by watching a trained nestmate, researchers have found, in a study of cumulative culture in insects."></head>
<body><div id="root">
  <div class="articleColumn">
    <h1>Bumblebees learn to open puzzle boxes by watching other bees, study finds</h1>
    <div class="articleBody">
      <p>Bumblebees can learn to solve a two-step puzzle that none of them could crack alone by watching a trained nestmate, researchers have found.</p>
      <p>"This is something that was thought to be beyond the capacity of insects," said the lead author. "It suggests that the building blocks of culture may be widespread."</p>
      <p>Other scientists welcomed the work but urged caution about how often wild bees face problems of this kind.</p>
    </div>
  </div>
  <section class="moreForYou">
    <h2>More for you</h2>
    <ul class="feed">
      <li class="feedCard"><a class="cardLink" href="/en-gb/news/bees-can-pass-on-skills/ar-AA1iR2bX?ocid=msedgntp&amp;cvid=5f1">
        <div class="cardProvider"><img alt="BBC News" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><span class="cardProviderName">BBC News</span><span class="cardTime"> · 3h</span></div>
        <h3 class="cardTitle">Bees can pass on puzzle-solving skills to each other, say scientists</h3></a></li>
      <li class="feedCard"><a class="cardLink" href="https://www.msn.com/en-gb/weather/uk-heatwave/ar-AA1iPz0c?utm_source=msn">
        <div class="cardProvider"><span class="cardProviderName">The Independent</span><span class="cardTime"> · 1h</span></div>
        <h3 class="cardTitle">UK heatwave: temperatures could hit 33C on Saturday, Met Office says</h3></a></li>
      <li class="feedCard"><a class="cardLink" href="/en-gb/news/clever-bumblebees/ar-AA1iQxT4">
        <div class="cardProvider"><span class="cardProviderName">The Independent</span><span class="cardTime"> · 4h</span></div>
        <h3 class="cardTitle">Clever bumblebees copy nestmates to crack two-step puzzle</h3></a></li>
      <li class="feedCard"><a class="cardLink" href="javascript:void(0)">
        <div class="cardProvider"><span class="cardProviderName">Sky News</span></div>
        <h3 class="cardTitle">A card whose link is a script, not a page</h3></a></li>
      <li class="feedCard"><a class="cardLink" href="/en-gb/news/insects-may-have-culture/ar-AA1iQqA9">
        <div class="cardProvider"><span class="cardProviderName">The Telegraph</span><span class="cardTime"> · 6h</span></div>
        <h3 class="cardTitle">Insects may have culture too, bumblebee experiment suggests</h3></a></li>
    </ul>
  </section>
</div></body></html>`;

export const YAHOO = `<!DOCTYPE html><html lang="en-US"><head><title>Copper hits record high</title></head><body>
  <div id="Main" role="main">
    <article><header><h1>Copper hits record high as strike at Chilean mine drags into second week</h1></header>
      <div class="caas-body">
        <p>Copper prices climbed to a record high on Tuesday as a strike at Chile's Cerro Blanco mine entered its second week, deepening concerns about supply.</p>
        <p>Prices of other industrial metals were mixed as traders awaited fresh economic data from China later in the week.</p>
        <p>Around 2,300 workers at Cerro Blanco walked out on July 7 after talks with the operator over wages and bonuses broke down.</p>
      </div>
    </article>
    <section id="up-next" aria-label="Up next">
      <ul>
        <li><div class="stream-meta"><span class="provider">Bloomberg</span><span class="time">3 hours ago</span></div>
          <h3><a href="https://finance.yahoo.com/news/copper-climbs-104512876.html?utm_campaign=upnext">Copper climbs to all-time peak as Chilean mine walkout enters second week</a></h3></li>
        <li><div class="stream-meta"><span class="provider">Reuters</span><span class="time">5 hours ago</span></div>
          <h3><a href="/news/oil-steadies-081133402.html">Oil steadies after three-day slide as investors weigh demand outlook</a></h3></li>
        <li><div class="stream-meta"><span class="provider">MarketWatch</span><span class="time">6 hours ago</span></div>
          <h3><a href="/m/metals-traders-brace.html?fbclid=IwAR0p">Metals traders brace for supply crunch as Cerro Blanco strike continues</a></h3></li>
        <li><div class="stream-meta"><span class="provider">Associated Press</span><span class="time">Yesterday</span></div>
          <h3><a href="/news/federal-reserve-official-201455019.html">Federal Reserve official signals openness to a September rate cut</a></h3></li>
      </ul>
    </section>
  </div>
</body></html>`;
