// Pages for the metadata tests: Daily8-like div soup with a glued outlet line, MSN-like provider
// attribution, Yahoo-like "Source: Reuters", and a semantic <article> with JSON-LD @graph.

const BODY_TEXT = `
  <p>North Korean leader Kim Jong-un has told Russia's top diplomat his country is ready to support Moscow's every effort in Ukraine, state media reports.</p>
  <p>Russian Foreign Minister Sergei Lavrov has been on a three-day visit to North Korea, which has provided troops and arms for Russia's war.</p>
  <p>Kim met Lavrov in the eastern coastal city of Wonsan, where the two countries' foreign ministers held their second strategic dialogue.</p>`;

const RELATED = `
  <section class="mt-12"><h2>Related Articles</h2>
    <div class="card"><a href="/news/trump-says-5e8a0c13"><h3>Trump says Ukraine should not target Moscow</h3></a>
      <div>Perth Now3 hours ago</div><div><svg><title>time</title></svg>an hour ago</div></div>
    <div class="card"><a href="/news/kremlin-responds-7f21"><h3>Kremlin responds to new weapons deal for Kyiv</h3></a>
      <div class="source">West Australian</div><p>Source: West Australian</p></div>
  </section>`;

export const DAILY8 = `<!DOCTYPE html><html lang="en"><head>
  <title>North Korea reaffirms support for Russia in Ukraine war | Daily8</title>
  <link rel="canonical" href="/news/north-korea-c4e1b7a2?utm_source=share#comments">
  <meta property="og:site_name" content="Daily8">
  <script type="application/ld+json">{ "@context": "https://schema.org", "@type": "NewsArticle", </script>
</head><body>
  <header><a href="/"><img alt="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></header>
  <main><div class="container">
    <h1>North Korea reaffirms support for Russia in Ukraine war</h1>
    <div class="text-xl"><h2>North Korea reaffirms support for Russia in Ukraine war</h2></div>
    <div class="mt-4 text-sm"><span class="font-semibold">The Advertiser</span><span class="ml-2">3 days ago</span></div>
    <div class="prose">${BODY_TEXT}</div>
    ${RELATED}
  </div></main>
  <footer><p>© 2025 Daily8. All rights reserved.</p></footer>
</body></html>`;

export const MSN = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head>
  <title>Bumblebees learn to open puzzle boxes by watching other bees, study finds</title>
  <meta property="og:site_name" content="MSN">
  <meta name="author" content="The Guardian">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "isBasedOn":"https://www.theguardian.com/science/2025/jul/16/bumblebees-puzzle-boxes?CMP=share_btn_url",
    "provider":{"@type":"Organization","name":"The Guardian"},"publisher":{"@type":"Organization","name":"MSN"}}</script>
</head><body>
  <header role="banner"><nav><a href="/en-gb/news">News</a></nav></header>
  <div class="articleColumn"><div class="viewsHeader">
    <div class="providerInfo"><img class="providerLogo" alt="The Guardian logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a class="providerName" href="/en-gb/channel/source/The%20Guardian">The Guardian</a></div>
    <div class="viewsInfo"><span class="byline">Story by Helen Marsh</span> <span class="dot">•</span> <span class="timeAgo">2 hours ago</span></div>
    <h1 class="viewsHeaderText">Bumblebees learn to open puzzle boxes by watching other bees, study finds</h1>
  </div>
  <div class="articleBody">
    <p>Bumblebees can learn to solve a two-step puzzle that none of them could crack alone by watching a trained nestmate, researchers have found.</p>
    <p class="attribution">© The Guardian</p>
    <a class="originalLink" href="https://www.theguardian.com/science/2025/jul/16/bumblebees-puzzle-boxes?CMP=share_btn_url">View on The Guardian</a>
  </div></div>
  <footer class="pageFooter"><span>© Microsoft 2025</span></footer>
</body></html>`;

export const YAHOO = `<!DOCTYPE html><html lang="en-US"><head>
  <title>Copper hits record high as strike drags on - Yahoo Finance</title>
  <meta property="og:title" content="Copper hits record high as strike drags on">
  <meta property="og:site_name" content="Yahoo Finance">
</head><body>
  <div id="ybar" role="banner"><a href="https://finance.yahoo.com/">Yahoo Finance</a></div>
  <article>
    <header><h1>Copper hits record high as strike at Chilean mine drags into second week</h1></header>
    <div class="caas-attr-meta"><div class="caas-attr-item-author">By Rachel Mbeki and Tom Lindqvist</div>
      <time datetime="2025-07-15T13:41:00.000Z">Tuesday morning</time></div>
    <div class="caas-body">
      <p>Copper prices climbed to a record high on Tuesday as a strike at Chile's Cerro Blanco mine entered its second week.</p>
      <p>Benchmark three-month copper on the London Metal Exchange rose as much as 2.4% in early trading.</p>
      <p>Source: Reuters</p>
    </div>
  </article>
</body></html>`;

export const SEMANTIC = `<!DOCTYPE html><html lang="en"><head>
  <title>Why octopuses dream in colour | Science Daily News</title>
  <meta name="author" content="The Conversation">
  <meta property="article:published_time" content="2025-07-10T08:00:00Z">
  <script type="application/ld+json">[{"@context":"https://schema.org","@graph":[
    {"@type":"Organization","@id":"https://news.example.org/#org","name":"Science Daily News"},
    {"@type":"Person","@id":"https://news.example.org/#jane","name":"Jane Doe"},
    {"@type":["NewsArticle"],"headline":"Why octopuses dream in colour",
     "author":[{"@id":"https://news.example.org/#jane"},{"@type":"Organization","name":"The Conversation"}],
     "publisher":{"@id":"https://news.example.org/#org"},
     "datePublished":"2025-07-09T21:30:00+01:00",
     "isBasedOn":{"@type":"NewsArticle","url":"https://theconversation.com/why-octopuses-dream-123456#top",
       "publisher":{"@type":"Organization","name":"The Conversation"}}}]}]</script>
</head><body>
  <article>
    <h1>Why octopuses dream in colour</h1>
    <p>Octopuses cycle through vivid colour changes while asleep, and researchers now think these episodes resemble dreaming.</p>
    <p>The study filmed sleeping animals in the lab for several weeks and matched skin patterns to waking behaviour.</p>
  </article>
</body></html>`;
