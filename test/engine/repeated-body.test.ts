// The repeated-body signal means repeated article prose: a run of consecutive paragraphs printed again in
// the same order. Pages repeat text by design elsewhere (comment threads, forms, consent tables, bios,
// captions, teaser widgets); each of those classes gets a small synthetic page here, none copied from a real
// one.
import { describe, expect, test } from 'vitest';
import { weigh } from '../../src/engine/detection/signal-table';
import { repeatedBody } from '../../src/engine/detection/signals/repeated-body';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { parse } from './helpers';

/** `count` distinct sentences of about 110 characters, on `topic`. */
function sentences(count: number, topic: string): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `Sentence ${i} about the ${topic} explains that the council will decide on the matter at its meeting in week ${i + 3}.`,
  );
}

/** Six paragraphs of two sentences each. */
const BODY = Array.from({ length: 6 }, (_, i) =>
  sentences(12, 'river bridge budget')
    .slice(i * 2, i * 2 + 2)
    .join(' '),
);
const paragraphs = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('');
const HEAD = '<h1>Council moves the river bridge budget to spring</h1>';

function signalOf(body: string) {
  return weigh(repeatedBody(collectBlocks(parse(`<html><body>${body}</body></html>`).body)));
}

describe('repeated-body: an article body printed again', () => {
  test.each([
    ['a visible copy and a hidden copy', `${HEAD}${paragraphs(BODY)}<div hidden>${paragraphs(BODY)}</div>`],
    [
      'desktop and mobile renderings',
      `${HEAD}<div class="hidden md:block">${paragraphs(BODY)}</div><div class="md:hidden">${BODY.map((t) => `<div>${t}</div>`).join('')}</div>`,
    ],
    [
      'a legacy page: one <br>-separated cell, then a printer-friendly copy',
      `<table><tr><td>${BODY.join('<br><br>')}</td></tr><tr><td>${paragraphs(BODY)}</td></tr></table>`,
    ],
    [
      'a three-paragraph teaser before the full body',
      `${HEAD}<div class="summary">${paragraphs(BODY.slice(0, 3))}<a href="#full">Read more</a></div><div id="full">${paragraphs(BODY)}</div>`,
    ],
    [
      'copies split into paragraphs differently',
      `${HEAD}${paragraphs(BODY)}<div aria-hidden="true"><p>${BODY[0]} ${BODY[1]}</p><p>${BODY[2]}</p><p>${BODY[3]}</p><p>${BODY[4]} ${BODY[5]}</p></div>`,
    ],
  ])('%s is a repeated body', (_, body) => {
    expect(signalOf(body)?.weight).toBe(4.5);
  });
});

describe('repeated-body: text repeated by design is not an article body', () => {
  const comments = sentences(4, 'reader comment on the bridge');
  const thread = comments.map((c, i) => `<li class="comment"><cite>reader${i}</cite><p>${c}</p></li>`);
  const cookies = sentences(3, 'tracking cookie set by a vendor');
  const teasers = sentences(5, 'another story in the menu');
  const card = (t: string, i: number) =>
    `<div class="module"><h3><a href="/story-${i}">Another headline number ${i} for the menu</a></h3><p>${t}</p></div>`;

  test.each([
    [
      'a reply quoting a whole comment, in a comment thread',
      `${HEAD}${paragraphs(BODY)}<section id="comments"><ol>${thread.join('')}<li class="comment"><p>${comments[0]}</p><p>${comments[1]}</p><p>${comments[2]}</p><p>I disagree with all of this, and I have said so at every meeting of the council this year.</p></li></ol></section>`,
    ],
    [
      '"top comments" printed again above the whole thread',
      `${HEAD}${paragraphs(BODY)}<div class="boxComentarios"><ul class="top">${thread.join('')}</ul><ul class="recent">${thread.join('')}</ul></div>`,
    ],
    [
      'a table of tracking vendors whose rows share descriptions',
      `${HEAD}${paragraphs(BODY)}<div class="policy"><table><thead><tr><th>Cookie</th><th>Description</th></tr></thead><tbody>${[...cookies, ...cookies, ...cookies].map((c, i) => `<tr><td>c${i}</td><td>${c}</td></tr>`).join('')}</tbody></table></div>`,
    ],
    [
      'hidden account screens that repeat the same messages',
      `${HEAD}${paragraphs(BODY)}${['signIn', 'register', 'verify']
        .map(
          (id) =>
            `<section id="${id}" style="display:none"><p>We have sent you an email with a link to confirm your address before you can post. Open it and follow the link to finish.</p><p>If no email arrives within ten minutes, please look in your spam folder and check the address you gave. It may take a while.</p><p>Too many attempts were made: please ask for a new code, or contact our customer service team for help. We answer every day.</p></section>`,
        )
        .join('')}`,
    ],
    [
      'a newsletter note beside its form fields, in the sidebar and again in the footer area',
      `${HEAD}${paragraphs(BODY)}${[1, 2]
        .map(
          () =>
            `<div class="box"><p>The latest news and analysis delivered to your inbox every morning. Check the boxes below to sign up.</p><p>By signing up you agree that we may send you occasional offers from our partners, as described in our policy.</p><p>You can unsubscribe at any time with the link at the bottom of every email we send you, without any charge.</p><label><input type="checkbox"> Morning brief</label><input type="email"><button>Sign up</button></div>`,
        )
        .join('')}`,
    ],
    [
      "the author's bio in a pop-up and under each of the author's stories",
      `${HEAD}${paragraphs(BODY)}${[1, 2, 3]
        .map(
          (i) =>
            `<div class="author-box"><p>A former political operative and failed sitcom writer, Jane Doe now writes a weekly column about city politics.</p><p>She lives by the river with two cats and a growing collection of council meeting minutes from the last decade.</p><p>Her first book, about the bridge that was never built, comes out in the spring of next year with a small press.</p><a href="/story-${i}">Another story by the author</a></div>`,
        )
        .join('')}`,
    ],
    [
      'picture captions printed again in a lightbox',
      `${HEAD}${paragraphs(BODY)}<div class="photo"><img src="a.jpg"><div class="image-caption">${paragraphs(sentences(6, 'photo'))}</div></div><div class="lightbox"><div class="slide-caption">${paragraphs(sentences(6, 'photo'))}</div></div>`,
    ],
    [
      "teasers of other stories printed twice (a desktop and a mobile menu), each card with its story's link",
      `${HEAD}${paragraphs(BODY)}<div class="desktop">${teasers.map(card).join('')}</div><div class="sticky">${teasers.map(card).join('')}</div>`,
    ],
    [
      'a graphic whose notes are printed once per screen width, in another order each time',
      `${HEAD}${paragraphs(BODY)}${[
        [0, 1, 2, 3],
        [3, 2, 1, 0],
      ]
        .map(
          (order) =>
            `<div class="artboard">${order.map((i) => `<div style="position:absolute;top:${i * 10}%;left:5%"><p>${sentences(4, 'map of gun flows')[i]}</p></div>`).join('')}</div>`,
        )
        .join('')}`,
    ],
    [
      'single paragraphs repeated apart from each other (a lede again as a teaser, a pull quote)',
      `${HEAD}${paragraphs(BODY)}<div class="rail"><p>${BODY[0]}</p><p>An unrelated note about opening hours of the library over the holidays, printed once.</p><p>${BODY[3]}</p></div>`,
    ],
    [
      'the article as hidden microdata for search engines',
      `<div style="display:none" itemscope itemtype="https://schema.org/BlogPosting"><span itemprop="articleBody">${paragraphs(BODY)}</span></div>${HEAD}${paragraphs(BODY)}`,
    ],
  ])('%s', (_, body) => {
    expect(signalOf(body)).toBeNull();
  });

  test('a comment that quotes the article is not a copy, but the same text outside any thread is', () => {
    const quote = `<div class="comments"><div class="comment">${paragraphs(BODY.slice(0, 4))}</div></div>`;
    expect(signalOf(`${HEAD}${paragraphs(BODY)}${quote}`)).toBeNull();
    expect(
      signalOf(`${HEAD}${paragraphs(BODY)}<div class="more">${paragraphs(BODY.slice(0, 4))}</div>`)?.weight,
    ).toBe(4.5);
  });

  test('a class that only mentions a context on the article wrapper (has-sidebar) does not hide the article', () => {
    const body = `<div class="content has-sidebar">${HEAD}${paragraphs(BODY)}<div hidden>${paragraphs(BODY)}</div></div>`;
    expect(signalOf(body)?.weight).toBe(4.5);
  });
});
