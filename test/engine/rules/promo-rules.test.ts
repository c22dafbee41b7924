import { describe, expect, test } from 'vitest';
import { aiPromo } from '../../../src/engine/cleaning/rules/ai-promo';
import { appPromo } from '../../../src/engine/cleaning/rules/app-promo';
import { callToAction } from '../../../src/engine/cleaning/rules/call-to-action';
import { emptyComments } from '../../../src/engine/cleaning/rules/empty-comments';
import { imageAltJunk } from '../../../src/engine/cleaning/rules/image-alt-junk';
import { newsletterCookie } from '../../../src/engine/cleaning/rules/newsletter-cookie';
import { sponsored } from '../../../src/engine/cleaning/rules/sponsored';
import { findTexts } from './run-rule';

const PROSE =
  '<p>The company said on Tuesday that shoppers who try our AI features in stores will see prices fall, according to a statement that analysts described as unusually bold for the sector.</p>';

describe('ai-promo', () => {
  test.each([
    [
      '<div><h3>Try Our AI Features</h3><p>Explore what Daily8 AI can do for you:</p></div>',
      'Try Our AI Features Explore what Daily8 AI can do for you:',
    ],
    [
      '<section><p>Ask our AI about this story</p><button>Ask</button></section>',
      'Ask our AI about this story Ask',
    ],
    ['<div class="x"><span>AI-powered summary</span></div>', 'AI-powered summary'],
    ['<aside><b>KI-Zusammenfassung</b> anzeigen</aside>', 'KI-Zusammenfassung anzeigen'],
  ])('removes %s', (html, removed) => {
    expect(findTexts(aiPromo, `${PROSE}${html}`)).toEqual([removed]);
  });

  test('leaves prose that mentions the phrase', () => {
    expect(findTexts(aiPromo, PROSE)).toEqual([]);
  });

  test('does not grow into a neighbouring paragraph', () => {
    expect(findTexts(aiPromo, `<div>${PROSE}<p>Try Our AI Features</p></div>`)).toEqual([
      'Try Our AI Features',
    ]);
  });
});

describe('app-promo', () => {
  test.each([
    [
      '<section><h2>DOWNLOAD THE APP</h2><h3>Get Started Now: Download the App</h3><p>Ready to dive in? Download Daily8 app today from your preferred app store.</p><a href="https://apps.apple.com/x"><img alt="app-store"></a><a href="https://play.google.com/store/apps/x"><img alt="play-store"></a></section>',
      'DOWNLOAD THE APP Get Started Now: Download the App Ready to dive in? Download Daily8 app today from your preferred app store.',
    ],
    ['<div><p>Get our app for breaking news alerts</p></div>', 'Get our app for breaking news alerts'],
    [
      '<div><a href="https://play.google.com/store/apps/details?id=x"><img alt="Get it on Google Play"></a></div>',
      '<a>',
    ],
    ['<p>Jetzt die App herunterladen</p>', 'Jetzt die App herunterladen'],
  ])('removes %s', (html, removed) => {
    expect(findTexts(appPromo, `${PROSE}${html}`)).toEqual([removed]);
  });

  test('leaves an article about an app launch', () => {
    expect(
      findTexts(
        appPromo,
        '<p>Millions rushed to download the app after launch, but reviewers found that its privacy settings were confusing and that the sign-up flow asked for far more data than needed.</p>',
      ),
    ).toEqual([]);
  });
});

describe('empty-comments', () => {
  test.each([
    ['<h2>Comments</h2><div class="c"><p>No comments yet...</p></div>', ['No comments yet...', 'Comments']],
    [
      '<section><h3>Comments (0)</h3><p>Be the first to comment</p></section>',
      ['Comments (0) Be the first to comment'],
    ],
    ['<div><span>Noch keine Kommentare</span></div>', ['Noch keine Kommentare']],
  ])('removes %s', (html, removed) => {
    expect(findTexts(emptyComments, `${PROSE}${html}`)).toEqual(removed);
  });

  test('leaves a comment section with comments', () => {
    expect(
      findTexts(
        emptyComments,
        '<h2>Comments</h2><div><p>Great reporting, thank you for covering this story in such depth.</p></div>',
      ),
    ).toEqual([]);
  });
});

describe('newsletter-cookie', () => {
  test.each([
    [
      '<div><h4>Newsletter</h4><p>Sign up for our daily newsletter</p><input type="email"><button>Subscribe</button></div>',
      'Newsletter Sign up for our daily newsletter Subscribe',
    ],
    [
      '<div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept all cookies</button></div>',
      'We use cookies to improve your experience. Accept all cookies',
    ],
    ['<p>Newsletter abonnieren</p>', 'Newsletter abonnieren'],
  ])('removes %s', (html, removed) => {
    expect(findTexts(newsletterCookie, `${PROSE}${html}`)).toEqual([removed]);
  });
});

describe('sponsored', () => {
  test.each([
    ['<div class="slot"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>', ['Advertisement']],
    [
      '<div><p>Sponsored</p><a href="https://ads.example/x">Buy this widget now</a></div>',
      ['Sponsored Buy this widget now'],
    ],
    ['<ins class="adsbygoogle"></ins>', ['<ins>']],
    ['<p>Anzeige</p>', ['Anzeige']],
  ])('removes %s', (html, removed) => {
    expect(findTexts(sponsored, `${PROSE}${html}`)).toEqual(removed);
  });

  test('leaves a sentence that mentions advertisement', () => {
    expect(
      findTexts(
        sponsored,
        '<p>Advertisement spending fell by a fifth last year, the industry body said in its annual report on Monday.</p>',
      ),
    ).toEqual([]);
  });
});

describe('image-alt-junk', () => {
  test.each([
    ['<div>Orange background</div>', ['Orange background']],
    ['<span>placeholder</span>', ['placeholder']],
    ['<img alt="Orange background" src="x.png">', ['<img>']],
  ])('removes %s', (html, removed) => {
    expect(findTexts(imageAltJunk, html)).toEqual(removed);
  });

  test('keeps logos and real captions', () => {
    expect(
      findTexts(
        imageAltJunk,
        '<img alt="logo" src="l.png"><figcaption>Orange background of the new stadium at dusk</figcaption>',
      ),
    ).toEqual([]);
  });
});

describe('call-to-action', () => {
  test.each([
    ['<p>Read more</p>'],
    ['<div><a href="/x">Continue reading »</a></div>'],
    ['<span>Weiterlesen</span>'],
  ])('removes %s', (html) => {
    expect(findTexts(callToAction, html)).toHaveLength(1);
  });

  test('keeps a sentence that starts like a call to action', () => {
    expect(findTexts(callToAction, '<p>Read more books, the minister told students.</p>')).toEqual([]);
  });
});
