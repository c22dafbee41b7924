// The multi-outlet-related signal counts publications: not a publisher's category labels, its writers,
// date or time fragments, counts, its own name, or an ad network's advertisers.
import { describe, expect, test } from 'vitest';
import { relatedOutlets } from '../../src/engine/detection/signals/related-outlets';
import { looksLikeOutletName } from '../../src/engine/labels/outlet-name';
import { parse } from './helpers';

const PAGE = 'https://www.example-news.com/news/world/2024/11/22/council-moves-bridge-budget';

/** A page with a related list of three cards; `meta(i)` is each card's line under its title. */
function page(
  meta: (i: number) => string,
  href: (i: number) => string = (i) => `/news/world/2024/story-${i}`,
) {
  const cards = [0, 1, 2]
    .map(
      (i) =>
        `<li><h3><a href="${href(i)}">Another headline number ${i} about the council</a></h3><div class="info">${meta(i)}</div></li>`,
    )
    .join('');
  return parse(
    `<html><body><h1>Council moves the bridge budget</h1><p>The council voted on Tuesday to move the bridge budget to the spring, officials said.</p><section><h2>Related stories</h2><ul>${cards}</ul></section></body></html>`,
  );
}

const OUTLETS = ['Reuters', 'BBC News', 'The Guardian'];
const PLACES = ['world', 'asia', 'europe'];

describe('multi-outlet-related', () => {
  test('several outlets on the cards', () => {
    const signal = relatedOutlets(
      page((i) => `${OUTLETS[i]} · ${i + 2}h ago`),
      PAGE,
      'Example News',
    );
    expect(signal?.detail).toBe('related stories from Reuters, BBC News, The Guardian');
  });

  test.each([
    [
      'category labels naming the section each story is filed under',
      page(
        (i) =>
          `<a href="/news/${PLACES[i]}" class="info-link">${PLACES[i]!.toUpperCase()}</a> / ${i + 5} h ago`,
        (i) => `/news/${PLACES[i]}/2024/11/22/story-${i}`,
      ),
    ],
    [
      'category labels marked as such',
      page(
        (i) =>
          `<span class="teaser-date">30.04.2024</span><span class="location-region">${['Aue', 'Chemnitz', 'Sport'][i]}</span>`,
      ),
    ],
    ['date and time stamps', page((i) => `<span class="stamp">1${i}-Apr-2011 12:01:00 am</span>`)],
    [
      'picture counts beside the date',
      page((i) => `<span>${i + 6} Bilder</span><span>${i + 2} hours ago</span>`),
    ],
    [
      "the writers' names",
      page((i) => `<a href="/author/writer-${i}">Writer Number${i}</a><div>April 28, 2023</div>`),
    ],
    [
      'bylines, though marked as the attribution',
      page((i) => `<span class="stat attribution">by Record Label ${['One', 'Two', 'Three'][i]}</span>`),
    ],
    [
      "the site's own name beside each writer",
      page(
        (i) =>
          `<div class="meta meta--source"><strong>Example News</strong> · ${['Kelsey Campbell', 'Maddie Stone', 'Ann Arkell'][i]}</div>`,
      ),
    ],
  ])('%s are not outlets', (_, doc) => {
    expect(relatedOutlets(doc, PAGE, 'Example News')).toBeNull();
  });

  test("an ad network's advertisers are not outlets, though its widget wraps the list", () => {
    const doc = parse(
      `<html><body><h1>Council moves the bridge budget</h1><div class="ob_container"><div class="ob_container_recs"><h2>Recommended</h2><ul>${[
        0, 1, 2,
      ]
        .map(
          (i) =>
            `<li><a href="https://advertiser-${i}.example/offer"><span class="ob_source">${['Wellness Center', 'LifeFacts', 'GET.com'][i]}</span><span class="title">An offer number ${i} you should not miss today</span></a></li>`,
        )
        .join('')}</ul></div></div></body></html>`,
    );
    expect(relatedOutlets(doc, PAGE, 'Example News')).toBeNull();
  });

  test.each(['15-Apr-2011 12', '6 Bilder', 'by Atlantic Records', 'Kolumne von Stefan Kaufmann'])(
    '%j does not look like an outlet name, even where the markup marks it as the source',
    (text) => {
      expect(looksLikeOutletName(text)).toBe(false);
      expect(looksLikeOutletName(text, true)).toBe(false);
    },
  );

  test.each(['9News', 'CBS 13', 'news.com.au', 'The Times of India', '2GB'])(
    '%j looks like an outlet name',
    (text) => {
      expect(looksLikeOutletName(text)).toBe(true);
    },
  );
});
