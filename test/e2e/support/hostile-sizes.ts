// Hostile pages for the size and behaviour tests, generated in memory: huge, wide, deep, and pages that never
// stop changing. Every page carries the same heartbeat, a setTimeout chain that records the longest gap
// between its ticks, so a test can tell whether the tab stayed responsive while the extension worked.
import { syntheticPage } from '../../../bench/synthetic';

const HEARTBEAT_MS = 10;

/** Runs first in <head>: window.__beat.maxGap is the longest wait between ticks since the first frame after load. */
const HEARTBEAT = `<script>
(() => {
  const beat = (window.__beat = { maxGap: 0, ticks: 0, from: performance.now(), last: performance.now() });
  const tick = () => {
    const now = performance.now();
    beat.maxGap = Math.max(beat.maxGap, now - beat.last);
    beat.last = now;
    beat.ticks++;
    setTimeout(tick, ${HEARTBEAT_MS});
  };
  setTimeout(tick, ${HEARTBEAT_MS});
  // The page's own parsing and first layout are not the extension's: the record starts after them.
  addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => {
    beat.maxGap = 0;
    beat.ticks = 0;
    beat.from = beat.last = performance.now();
  })));
})();
</script>`;

const withHeartbeat = (html: string) => html.replace('<head>', `<head>${HEARTBEAT}`);

const WORDS = 'orchard lantern valley copper meadow harbour signal thunder quarry willow'.split(' ');

function sentence(i: number): string {
  const words = Array.from({ length: 10 }, (_, k) => WORDS[(i * 3 + k * 7 + (i >> (k % 8))) % WORDS.length]);
  return `Line ${i} of the survey notes the ${words.join(' ')} near mile ${i % 997}.`;
}

function page(title: string, body: string, script = ''): string {
  return withHeartbeat(`<!doctype html><html lang="en"><head><title>${title}</title></head><body>
<h1>${title}</h1>
${body}
${script ? `<script>${script}</script>` : ''}
</body></html>`);
}

/** An ordinary long read of about 5 MB: one article of unique paragraphs, nothing repeated, no promos. */
function bigOrdinaryPage(): string {
  const paragraphs = Array.from({ length: 50_000 }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  return page('Field survey of the upper valley', `<article>${paragraphs}</article>`);
}

/** The benchmark's 5 MB synthetic aggregator page: 50,000 paragraphs, the body twice, promos, related. */
function bigAggregatorPage(): string {
  return withHeartbeat(syntheticPage(50_000));
}

/** 100,000 elements: 25,000 list items of three children each, plus the list and article around them. */
function wideElementsPage(): string {
  const items = Array.from(
    { length: 25_000 },
    (_, i) => `<li><b>${i}</b><span>${WORDS[i % WORDS.length]}</span><i>${i % 7}</i></li>`,
  ).join('');
  return page('Catalogue of parts', `<article><p>${sentence(1)}</p><ul>${items}</ul></article>`);
}

/**
 * 5,000 nested divs with a note at the bottom, beside a visible story. The HTML parser caps nesting (512 in
 * Chromium), so a script builds the chain; it is not rendered because Chromium's own layout of 5,000 levels
 * crashes the tab with or without any extension.
 */
function deepNestingPage(): string {
  const script = `
let parent = document.getElementById('deep');
for (let depth = 0; depth < 5000; depth++) {
  const div = document.createElement('div');
  parent.append(div);
  parent = div;
}
const note = document.createElement('p');
note.textContent = 'Deepest note of the archive.';
parent.append(note);`;
  const story = `<article>${Array.from({ length: 40 }, (_, i) => `<p>${sentence(i)}</p>`).join('')}</article>`;
  // Hidden by a stylesheet, which the engine (reading attributes only) does not see: it walks all 5,000 levels.
  return page(
    'Deep in the archive',
    `<style>#deep{display:none}</style>${story}<div id="deep"></div>`,
    script,
  );
}

const PROMOS = ['Try Our AI Features', 'DOWNLOAD THE APP', 'Get Started Now: Download the App'];

/** An aggregator page that, every 20 ms for ever, appends a few paragraphs and a promo-looking block;
 * window.__appended counts the elements it added. */
export function endlessAppendPage(): string {
  const script = `
let n = 0;
const timer = setInterval(() => {
  const block = document.createElement('div');
  for (let k = 0; k < 3; k++) {
    const p = document.createElement('p');
    p.textContent = 'Live update ' + n + '.' + k + ': the council heard the bridge report again today.';
    block.append(p);
  }
  const promo = document.createElement('div');
  promo.className = 'promo';
  promo.textContent = ${JSON.stringify(PROMOS)}[n % 3];
  document.body.append(block, promo);
  window.__appended = (window.__appended || 0) + 5;
  n++;
}, 20);
window.__stopAppending = () => {
  clearInterval(timer);
  return window.__appended;
};`;
  return syntheticPage(200)
    .replace('<head>', `<head>${HEARTBEAT}`)
    .replace('</body>', `<script>${script}</script></body>`);
}

/**
 * Every 250 ms, 2,500 loose elements at once: more than the observer holds per batch, so it must drop and
 * count. They go into a feed the stylesheet hides, so the page's own layout stays cheap and the heartbeat
 * measures the extension, not Chromium laying out an ever longer line.
 */
function floodPage(): string {
  const script = `
let n = 0;
setInterval(() => {
  const batch = document.createDocumentFragment();
  for (let k = 0; k < 2500; k++) {
    const span = document.createElement('span');
    span.textContent = 'tick ' + n++ + ' ';
    batch.append(span);
  }
  document.getElementById('ticker').append(batch);
}, 250);`;
  return page(
    'Market ticker',
    `<style>#ticker{display:none}</style><article><p>${sentence(2)}</p></article><div id="ticker"></div>`,
    script,
  );
}

/** An aggregator page whose article is taken out and put back every 50 ms. */
function articleLoopPage(): string {
  const script = `
const article = document.querySelector('article');
const home = article.parentNode;
setInterval(() => {
  if (article.isConnected) article.remove();
  else home.append(article);
}, 50);`;
  return syntheticPage(400)
    .replace('<head>', `<head>${HEARTBEAT}`)
    .replace('</body>', `<script>${script}</script></body>`);
}

/** Path → HTML, for servePages. */
export function hostilePages(): Record<string, string> {
  return {
    '/big-ordinary': bigOrdinaryPage(),
    '/big-aggregator': bigAggregatorPage(),
    '/wide': wideElementsPage(),
    '/deep': deepNestingPage(),
    '/endless': endlessAppendPage(),
    '/flood': floodPage(),
    '/article-loop': articleLoopPage(),
  };
}
