// The glued-label signal means an outlet's name glued to a time by an aggregator's template, not a person's
// name (a commenter, a columnist) nor the site's own name glued to a date by the publisher's.
import { describe, expect, test } from 'vitest';
import { weigh } from '../../src/engine/detection/signal-table';
import { gluedLabel } from '../../src/engine/detection/signals/glued-label';
import { ownSiteCheck } from '../../src/engine/detection/signals/own-site';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { metaLine } from '../../src/engine/labels/meta-line';
import { parse } from './helpers';

function signalOf(body: string, url: string | null = null, siteName: string | null = null) {
  const blocks = collectBlocks(parse(`<html><body>${body}</body></html>`).body);
  return weigh(gluedLabel(blocks, ownSiteCheck(url, siteName)));
}

describe('glued-outlet-time', () => {
  test.each([
    ['<div><span>The Advertiser</span><span>3 days ago</span></div>'],
    ['<div class="meta"><i class="material-icons">schedule</i>3 days ago</div>'],
    ['<div class="byline"><span class="outlet">ABC News</span><span class="ago">2 hours ago</span></div>'],
    ['<div class="k7m"><span>Associated Press</span><span>20 mins ago</span></div>'],
  ])('%s is an outlet or icon label glued to a time', (body) => {
    expect(signalOf(body)?.name).toBe('glued-outlet-time');
  });

  test.each([
    [
      "a commenter's name over a comment",
      '<ol class="comment-thread"><li><div class="comment-header"><cite class="user"><a href="https://example.org/profile/123">Dave Miller</a></cite><span>October 27, 2011 at 5:39 AM</span></div><p>Great post.</p></li></ol>',
    ],
    [
      "a commenter's user name glued to the time",
      '<div class="comment-meta"><a href="/u/raphaelbonee">raphaelbonee</a>2 days ago</div>',
    ],
    [
      'a comment byline in a thread, the name plain text',
      '<div id="comments"><div><b>John Smith</b><span>03:24 AM</span></div><p>First!</p></div>',
    ],
    [
      "a columnist's name linking to the author page",
      '<div><span><a href="/author/dylan-jones">Dylan Jones</a></span><span>5 hours ago</span></div>',
    ],
    [
      'an author marked by rel=author',
      '<div><a rel="author" href="/team/jane">Jane Doe</a><time>2 hours ago</time></div>',
    ],
    [
      'a byline',
      '<div class="byline"><div>by Anna Nemtsova and Owen Matthews<span>October 09, 2010</span></div></div>',
    ],
    [
      'a social handle',
      '<div class="header"><strong>Wayne Lambright</strong><span>@wlambright</span><span>10 minutes ago</span></div>',
    ],
    [
      'the author card of a WordPress theme',
      '<div class="meta"><span class="author vcard"><a href="https://example.org/writers/x">Lesotho Times</a></span><time>March 24, 2023</time></div>',
    ],
  ])('%s is not an outlet label', (_, body) => {
    expect(signalOf(body)).toBeNull();
  });

  test("the site's own name glued to a date is the publisher's label", () => {
    const body = '<div><span>Yahoo Finance</span><span>October 13, 2016</span></div>';
    expect(signalOf(body, 'https://finance.yahoo.com/news/best-games-1.html')).toBeNull();
    expect(signalOf(body, 'https://www.daily8.com/news/x')).not.toBeNull();
    expect(
      signalOf('<div><span>The Daily</span><span>3 days ago</span></div>', null, 'The Daily'),
    ).toBeNull();
  });

  test('a byline glued to its date is not glued by a template', () => {
    expect(metaLine('by Jane DoeOctober 9, 2010')?.glued).toBe(false);
    expect(metaLine('ReutersOctober 9, 2010')?.glued).toBe(true);
    expect(metaLine('timean hour ago')?.glued).toBe(true);
  });
});

describe('outlet-time-line', () => {
  test.each([
    ['an outlet and a time parted by a mark', '<div class="byline">El País · Ayer</div>'],
    ['fields parted by element edges', '<div><span>Süddeutsche Zeitung</span> <span>17 Std.</span></div>'],
    [
      'fields parted by a mark element',
      '<p><span>Le Monde</span><span> | </span><span>03/12/2026</span></p>',
    ],
    [
      "an outlet and the story's age parted by a space",
      '<div><font size="1">Perth Now 19 hours ago</font></div>',
    ],
    ['an outlet and a day named by its distance from today', '<div>Evening Post Yesterday</div>'],
    ['the same, in German', '<div>Kölner Stadt-Anzeiger Gestern</div>'],
  ])('%s is a lighter signal than a glued label', (_, body) => {
    expect(signalOf(`<h1>Headline</h1>${body}<p>Body.</p>`)).toMatchObject({
      name: 'outlet-time-line',
      weight: 1.5,
    });
  });

  test.each([
    [
      'a list item',
      '<ul><li><h3><a href="/news/1">A story of the day</a></h3><p>CBS 13 - Friday 9th December, 2016</p></li></ul>',
    ],
    [
      'a card, its link before the line',
      '<div><a href="/news/2">Another story of the day</a><div>Fox 40 · 3h</div></div>',
    ],
    [
      'a card, its headline after the line',
      '<div><div>Fox 40 · 3h</div><h3><a href="/news/3">Another story of the day</a></h3></div>',
    ],
    [
      'a writer marked as one',
      '<div><a rel="author" href="/team/jane">Jane Doe</a> · <time>2 hours ago</time></div>',
    ],
    ["the site's own name", '<div>Le Monde · 14:05</div>'],
    [
      'an embedded post, words between its links',
      '<blockquote>Posted by <a href="/p">Jaxon Strong</a> on&nbsp;<a href="/p/1">Samstag, 26. September 2015</a></blockquote>',
    ],
  ])("a line on %s is not the story's outlet line", (_, body) => {
    expect(signalOf(body, 'https://www.lemonde.fr/x')).toBeNull();
  });

  // An outlet, a bare space and its date: how a story is credited to the outlet that wrote it.
  test.each([
    ['a wire credit', '<p><a>Belfast Telegraph</a> <span>Friday 9th December, 2016</span></p>'],
    ['an ISO date', '<div class="ckey"><span>El Mundo</span><span> </span><span>2026-12-03</span></div>'],
  ])('a name and a date after a bare space (%s) is a credit line, the lightest', (_, body) => {
    expect(signalOf(`<h1>Headline</h1>${body}<p>Body.</p>`)).toMatchObject({
      name: 'outlet-time-line',
      weight: 1,
    });
  });

  test.each([
    [
      'an update line, a field name before its date',
      '<div>Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52</div>',
    ],
    [
      'a credit given again by a line sending the reader to that outlet',
      '<p>Belfast Telegraph Friday 9th December, 2016</p><p>Read the full story at Belfast Telegraph</p>',
    ],
    [
      'a card dating another story',
      '<ul><li><a href="/news/1">A story of the day</a> <span>El Mundo 2026-12-03</span></li></ul>',
    ],
  ])('%s is no credit line', (_, body) => {
    expect(signalOf(`<h1>Headline</h1>${body}<p>Body.</p>`)).toBeNull();
  });

  test('a glued label outweighs a spaced line', () => {
    const body = '<div>El País · Ayer</div><div><span>Reuters</span><span>2 hours ago</span></div>';
    expect(signalOf(body)).toMatchObject({ name: 'glued-outlet-time', weight: 2 });
  });
});
