// The clean, run once over a small inert document as the page's first bytes arrive, on the hosts of the built-in
// list only (bundled-parts.ts): its code and patterns are compiled then, in tasks of their own while the page
// loads, and not in the parser's last task, where it runs for real before the browser's first frame
// (held-preview.ts). It stops once the page is parsed: the real run goes on warming what is left. Most of it is
// compiling the rules' patterns: case-blind Unicode patterns in four languages.
// Run cold there, the preview took 60-120 ms on the fixtures (Chromium); warm, 11-29 ms.
import type { Steps } from '../../engine/core/steps';
import { advance } from './slices';

/** A warm-up task's length: the whole warm-up took 60-145 ms in one, a long task on every such page. */
const WARM_SLICE_MS = 25;

const BODY = [
  'The council approved the budget on Monday after a long debate about the future of the city’s parks.',
  'Work on the first of the parks starts in spring, the council said, and should be done by the autumn.',
  'Residents who spoke at the meeting asked for more shade, more benches and longer opening hours.',
];
const paragraphs = BODY.map((text) => `<p>${text}</p>`).join('');

/** A page with one of each thing the clean removes, so each rule's code runs through to its proposals. */
export const WARM_MARKUP = `<h1>Council approves the new budget for the city’s parks and pools</h1>
<div class="meta">The Daily Courier3 hours ago</div>
<div class="teaser"><p>${BODY[0]}</p><a href="/story">Read more</a></div>
<div class="story"><h2>Council approves the new budget for the city’s parks and pools</h2>${paragraphs}</div>
<div class="ad"><p>Advertisement</p></div>
<div><p>Try our AI features: ask the assistant about this story.</p></div>
<div><a href="/app">Download our app for the latest news</a></div>
<div><p>Sign in to Newsportal</p></div>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
<section><h3>Comments</h3><p>No comments yet. Be the first to comment.</p></section>
<div><img alt="Orange background"><span>Orange background</span></div>
<div class="print">${paragraphs}</div>
<section class="related"><h2>More stories</h2><ul><li><a href="/a">Parks to get new benches</a> The Daily Courier</li>
<li><a href="/b">Pools open longer this summer</a> The Daily Courier</li></ul></section>`;

/**
 * Runs `clean` over an inert copy of WARM_MARKUP, in slices from now on: no script of it runs, nothing of it
 * loads or shows.
 */
export function warmUp(doc: Document, clean: (doc: Document) => Steps<unknown>): void {
  const view = doc.defaultView;
  try {
    const inert = doc.implementation.createHTMLDocument('');
    inert.body.innerHTML = WARM_MARKUP;
    const steps = clean(inert);
    const slice = () => {
      try {
        if (!advance(steps, WARM_SLICE_MS).done && doc.readyState === 'loading') view?.setTimeout(slice, 0);
      } catch {
        // Only a cost saved: the real clean runs either way.
      }
    };
    slice();
  } catch {
    // As above.
  }
}
