import { describe, expect, test } from 'vitest';
import { createContext } from '../../../src/engine/cleaning/context';
import { needsAttribute, selectAll, standsAlone } from '../../../src/engine/cleaning/rules/attributed';
import { AD_SELECTORS, APP_STORE_LINKS, NEWSLETTER_COOKIE_SELECTORS } from '../../../src/engine/data/phrases';
import { parse } from '../helpers';

const PAGE = `<!doctype html><html><body>
<div class="ad"><div class="ads"><ins class="adsbygoogle"></ins></div></div>
<p>Plain paragraph.</p><p>Another plain one.</p>
<section><div><div data-ad-slot="1"><span>Advertisement</span></div></div><p class="ad-unit">Ad</p></section>
<div id="div-gpt-ad-123"></div><aside class="taboola"><div class="OUTBRAIN"></div></aside>
<iframe src="https://x.doubleclick.net/frame"></iframe><iframe src="https://example.com/frame"></iframe>
<div id="onetrust-banner-sdk"><p class="cookie-consent">We use cookies</p></div>
<form action="/newsletter/signup"><input name="email"></form><form action="/search"></form>
<a href="https://apps.apple.com/app/1">iOS</a><a href="https://example.com">web</a><a>none</a>
<img alt="app-store" src="a.png"><img alt="Play-Store"><img alt="Orange background"><img src="no-alt.png">
<ul><li><a href="https://play.google.com/store/apps/x"><img alt="logo"></a></li></ul>
<svg><a href="https://onelink.me/x"><text>Get it</text></a></svg>
</body></html>`;

describe('selectAll', () => {
  test.each([
    ['ad slots', AD_SELECTORS],
    ['cookie and newsletter prompts', NEWSLETTER_COOKIE_SELECTORS],
    ['app store badges', `${APP_STORE_LINKS}, img[alt="app-store" i], img[alt="play-store" i]`],
    ['images with alt text', 'img[alt]'],
    ['every element (no attribute needed)', '*'],
    ['a negation', 'div:not(.ad)'],
  ])('finds what querySelectorAll finds, in document order: %s', (_, selector) => {
    const doc = parse(PAGE);
    const ctx = createContext(doc, { phrases: [], selectors: [] });
    // Document order, as the standard (and browsers) have it: jsdom's selector engine returns some
    // lists grouped by alternative instead.
    const expected = [...doc.body.querySelectorAll(selector)].sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(selectAll(ctx, selector)).toEqual(expected);
  });

  test('answers for the page as it is after a removal', () => {
    const doc = parse(PAGE);
    const ctx = createContext(doc, { phrases: [], selectors: [] });
    expect(selectAll(ctx, '.taboola')).toHaveLength(1);
    doc.querySelector('.taboola')?.remove();
    ctx.invalidate();
    expect(selectAll(ctx, '.taboola')).toEqual([]);
  });

  test('a list with a combinator is matched again: a removal elsewhere can change its answer', () => {
    const doc = parse('<body><nav><p class="ad">in nav</p></nav><div><p class="ad">alone</p></div></body>');
    const ctx = createContext(doc, { phrases: [], selectors: [] });
    expect(selectAll(ctx, 'nav + div .ad').map((el) => el.textContent)).toEqual(['alone']);
    doc.querySelector('nav')?.remove();
    ctx.invalidate();
    expect(selectAll(ctx, 'nav + div .ad')).toEqual([]);
    expect(selectAll(ctx, '.ad').map((el) => el.textContent)).toEqual(['alone']);
  });
});

describe('standsAlone', () => {
  test.each([
    AD_SELECTORS,
    NEWSLETTER_COOKIE_SELECTORS,
    APP_STORE_LINKS,
    'img[alt="a b" i]',
    'a.b#c[d~="e f"]',
  ])('whether it matches depends on the element alone: %s', (selector) =>
    expect(standsAlone(selector)).toBe(true),
  );

  test.each(['nav .ad', 'ul > li', 'h2 + p', 'h2 ~ .x', '.a, .b .c'])(
    'a combinator makes other elements part of the answer: %s',
    (selector) => expect(standsAlone(selector)).toBe(false),
  );
});

describe('needsAttribute', () => {
  test.each([
    AD_SELECTORS,
    NEWSLETTER_COOKIE_SELECTORS,
    APP_STORE_LINKS,
    'img[alt="app-store" i]',
    'nav .ad',
  ])('a list whose every subject tests an attribute: %s', (selector) =>
    expect(needsAttribute(selector)).toBe(true),
  );

  test.each(['*', 'p', '.ad, p', 'div:not(.ad)', '.ad > p', 'a[title="a,b"], p', ':is(.ad)'])(
    'anything a bare element could match, or that is not plain: %s',
    (selector) => expect(needsAttribute(selector)).toBe(false),
  );
});
