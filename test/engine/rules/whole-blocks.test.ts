// Rules cut blocks, never words: an element inside a sentence that a rule's selector or phrase matches stays,
// with every word around it; the same element as its block's whole text goes.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/cleaning/clean';
import { cutsWords } from '../../../src/engine/cleaning/rules/whole-blocks';
import { squash } from '../../../src/engine/text/fold';
import { parse } from '../helpers';

const ARTICLE =
  '<h1>Council moves the bridge budget</h1><p>The council voted on Tuesday to move the bridge budget to the spring, officials said after the meeting.</p>';

function cleaned(body: string): Document {
  const doc = parse(`<html><body>${ARTICLE}${body}</body></html>`);
  clean(doc, { force: true });
  return doc;
}

describe('rules cut blocks, never words', () => {
  test.each([
    [
      'a store link inside a sentence (app-promo)',
      '<p>The game reached the top of <a href="https://apps.apple.com/us/app/x/id1">Apple\'s App Store</a> within a week, the studio said, before a patch slowed it down.</p>',
    ],
    [
      'a store phrase inside a sentence',
      '<p>Analysts expect Google Play revenue to grow again this year, though developers say fees are still too high for small studios.</p>',
    ],
    [
      'an ad-slot class on a span inside a sentence (sponsored)',
      '<p>Sales rose by a fifth, <span class="ad">according to the agency</span>, which tracks the market every quarter for its members.</p>',
    ],
    [
      'a newsletter link inside a sentence (newsletter-cookie)',
      '<p>Readers who <a class="newsletter-signup" href="/newsletters">sign up for our newsletter</a> get the weekly digest of council votes and decisions.</p>',
    ],
    [
      'an "Advertisement" word inside a sentence (sponsored)',
      '<p>The <b>Advertisement</b> standards body said on Monday that the campaign broke its rules on claims about prices.</p>',
    ],
  ])('%s keeps every word', (_, paragraph) => {
    const before = squash(parse(paragraph).body.textContent ?? '');
    const doc = cleaned(paragraph);
    expect(squash(doc.body.textContent ?? '')).toContain(before);
  });

  test.each([
    [
      'a store badge in a block of its own',
      '<div><a href="https://apps.apple.com/us/app/x/id1">App Store</a></div>',
      'App Store',
    ],
    [
      'two store badges side by side',
      '<div><a href="https://apps.apple.com/us/app/x/id1">App Store</a> <a href="https://play.google.com/store/apps/details?id=x">Google Play</a></div>',
      'Google Play',
    ],
    ['an ad label of its own', '<div><span class="ad">Advertisement</span></div>', 'Advertisement'],
  ])('%s still goes', (_, block, text) => {
    expect(cleaned(block).body.textContent).not.toContain(text);
  });

  test('an inline element is a unit only when its block says nothing else', () => {
    const doc = parse(
      '<html><body><p>Get it on the <a id="a" href="#">App Store</a> today, the company said in a statement.</p><div><a id="b" href="#">App Store</a></div><p><img id="c" alt="x" src="x.png"> A caption of some length about the picture.</p></body></html>',
    );
    expect(cutsWords(doc.getElementById('a')!)).toBe(true);
    expect(cutsWords(doc.getElementById('b')!)).toBe(false);
    // An image carries no words.
    expect(cutsWords(doc.getElementById('c')!)).toBe(false);
    expect(cutsWords(doc.querySelector('p')!)).toBe(false);
  });
});
