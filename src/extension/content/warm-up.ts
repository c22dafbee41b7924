// The promo rules, run once over a small inert document as the page's first bytes arrive, on the hosts of the
// built-in list only (bundled-parts.ts): their code and patterns are compiled then, in a task of their own, and
// not in the parser's last task, where they run for real before the browser's first frame (held-promos.ts).
// There, cold, they took 19-60 ms on the fixtures in Chromium; warmed, 7-40 ms, and the warm-up 14-33 ms.
import type { Steps } from '../../engine/core/steps';

/** One block for each promo rule to find, so each rule's code runs through to its proposals. */
export const WARM_MARKUP = `<h1>Council approves the new budget for the city's parks</h1>
<div class="story"><p>The council approved the budget on Monday after a long debate about the city's parks.</p>
<div class="ad"><p>Advertisement</p></div>
<div><p>Try our AI features: ask the assistant about this story.</p></div>
<div><a href="https://apps.apple.com/app/id1">Download our app for the latest news</a></div>
<div><p>Sign in to Newsportal</p></div>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
<section><h3>Comments</h3><p>No comments yet. Be the first to comment.</p></section>
<div><img alt="Orange background"><span>Orange background</span></div></div>`;

/** Runs `find` over an inert copy of WARM_MARKUP: no script of it runs, nothing of it loads or shows. */
export function warmUp(doc: Document, find: (doc: Document) => Steps<unknown>): void {
  try {
    const inert = doc.implementation.createHTMLDocument('');
    inert.body.innerHTML = WARM_MARKUP;
    for (const _ of find(inert));
  } catch {
    // Only a cost saved: the real find runs either way.
  }
}
