// Synthetic aggregator pages for the scaling section: the template's headline twice, a glued outlet
// label, the body rendered twice, a promo block and a related list from three outlets. `paragraphs`
// counts every <p> of the two body copies; about 100 bytes each, so 50,000 make about 5 MB.
const WORDS =
  'council report river bridge budget school hospital storm harvest market rail court museum'.split(' ');

function sentence(i: number): string {
  const words = Array.from({ length: 9 }, (_, k) => WORDS[(i * 7 + k * 3 + (i >> k)) % WORDS.length]);
  return `Paragraph ${i} says the ${words.join(' ')} moved on day ${i % 365}.`;
}

export function syntheticPage(paragraphs: number): string {
  const unique = Math.max(1, Math.floor(paragraphs / 2));
  const body = Array.from({ length: unique }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  const related = ['The Advertiser', 'West Australian', 'Reuters']
    .map(
      (outlet, i) =>
        `<li><a href="/news/story-${i}">Regional budget story number ${i} draws a crowd</a><span>${outlet}</span><span>2 hours ago</span></li>`,
    )
    .join('');
  return `<!doctype html><html><head><title>Council report moves river bridge budget</title>
<meta property="og:site_name" content="Daily8"></head><body>
<h1>Council report moves river bridge budget</h1><h1>Council report moves river bridge budget</h1>
<div class="meta">The Advertiser3 days ago</div>
<article><div class="body">${body}</div><div class="body copy">${body}</div></article>
<div class="promo"><h3>Try Our AI Features</h3><p>Explore what Daily8 AI can do for you:</p></div>
<section class="related"><h2>Related Articles</h2><ul>${related}</ul></section>
<div class="app"><p>DOWNLOAD THE APP</p><p>Get Started Now: Download the App</p></div>
</body></html>`;
}
