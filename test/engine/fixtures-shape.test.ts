// Guards the fixture folders themselves: every expected.json is well-formed and agrees with its
// source.html, so the engine's fixture runner compares against ground truth that is really there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { type Expected, FIXTURES_DIR, type FixtureKind, fixtureNames, listFixtures } from '../fixtures/load';
import { blockText, collapse, collapsedTexts, countOccurrences, parseHtml } from '../fixtures/source-text';

const KINDS: FixtureKind[] = ['aggregator', 'ordinary'];
const AGGREGATOR_KEYS = [
  'absent',
  'isAggregator',
  'originalUrl',
  'paragraphs',
  'published',
  'related',
  'source',
  'title',
  'url',
];
const ORDINARY_KEYS = ['isAggregator', 'paragraphs', 'title', 'url'];
const TRACKING = /^(utm_|fbclid$)/;

const isAbsoluteHttp = (value: unknown): boolean =>
  typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);
const multiplicities = (items: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
};
/** What the engine should report for a link: absolute, tracking parameters gone. */
function cleanLink(href: string, base: string): string {
  const url = new URL(href, base);
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  return url.href;
}

describe.each(KINDS)('%s fixture folders', (kind) => {
  const names = fixtureNames(kind);

  it('exist (at least 9) and each holds source.html and expected.json', () => {
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const name of names) {
      for (const file of ['source.html', 'expected.json']) {
        expect(existsSync(join(FIXTURES_DIR, kind, name, file)), `${name}/${file}`).toBe(true);
      }
    }
    expect(listFixtures(kind).map((fixture) => fixture.name)).toEqual(names);
  });
});

describe.each(listFixtures('aggregator'))('aggregator fixture $name', ({ html, expected }) => {
  const doc = parseHtml(html);
  const text = blockText(doc.body);
  const collapsed = collapsedTexts(doc);

  it('has exactly the aggregator keys with the right types', () => {
    expect(Object.keys(expected).sort()).toEqual(AGGREGATOR_KEYS);
    expect(expected.isAggregator).toBe(true);
    expect(isAbsoluteHttp(expected.url)).toBe(true);
    expect(expected.originalUrl === null || isAbsoluteHttp(expected.originalUrl)).toBe(true);
    for (const key of ['title', 'source', 'published'] as const) expect(expected[key]).toMatch(/\S/);
  });

  it('names a title, outlet, time and original link that the page shows', () => {
    for (const value of [expected.title, expected.source, expected.published]) expect(text).toContain(value);
    if (expected.originalUrl) expect(html).toContain(expected.originalUrl);
  });

  it('lists 5-15 whitespace-normalised body paragraphs, each repeated in the page or kept in a collapsed box', () => {
    expect(expected.paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(expected.paragraphs.length).toBeLessThanOrEqual(15);
    expect(new Set(expected.paragraphs).size).toBe(expected.paragraphs.length);
    for (const paragraph of expected.paragraphs) {
      expect(paragraph).toBe(collapse(paragraph));
      expect(paragraph.length).toBeGreaterThanOrEqual(60);
      const repeated = countOccurrences(text, paragraph) >= 2;
      const inCollapsedBox = collapsed.some((box) => box.includes(paragraph));
      expect(repeated || inCollapsedBox, paragraph).toBe(true);
    }
  });

  it('lists absent texts that really occur in the page and in no expected paragraph', () => {
    expect(expected.absent.length).toBeGreaterThan(0);
    for (const junk of expected.absent) {
      expect(text.includes(junk) || html.includes(junk), junk).toBe(true);
      for (const paragraph of expected.paragraphs) expect(paragraph).not.toContain(junk);
    }
  });

  it('lists each related story once, as a cleaned absolute link of the page, clusters in order', () => {
    const links = new Set(
      Array.from(doc.querySelectorAll('a[href]'), (a) =>
        cleanLink(a.getAttribute('href') ?? '', expected.url),
      ),
    );
    expect(expected.related.length).toBeGreaterThan(0);
    expect(new Set(expected.related.map((story) => story.url)).size).toBe(expected.related.length);
    let nextCluster = 0;
    for (const story of expected.related) {
      expect(isAbsoluteHttp(story.url), story.url).toBe(true);
      expect([...new URL(story.url).searchParams.keys()].filter((key) => TRACKING.test(key))).toEqual([]);
      expect(links, story.url).toContain(story.url);
      expect(text).toContain(story.title);
      for (const value of [story.source, story.published]) if (value !== null) expect(text).toContain(value);
      expect(Number.isInteger(story.cluster) && story.cluster >= 0 && story.cluster <= nextCluster).toBe(
        true,
      );
      nextCluster = Math.max(nextCluster, story.cluster + 1);
    }
  });
});

describe.each(listFixtures('ordinary'))('ordinary fixture $name', ({ html, expected }) => {
  const text = blockText(parseHtml(html).body);
  const atLeastAsOften = (haystack: string) => {
    for (const [paragraph, times] of multiplicities(expected.paragraphs)) {
      expect(countOccurrences(haystack, paragraph), paragraph).toBeGreaterThanOrEqual(times);
    }
  };

  it('has exactly the ordinary keys with the right types', () => {
    expect(Object.keys(expected).sort()).toEqual(ORDINARY_KEYS);
    expect((expected as Expected).isAggregator).toBe(false);
    expect(isAbsoluteHttp(expected.url)).toBe(true);
    expect(text).toContain(expected.title);
  });

  it('lists whitespace-normalised paragraphs that occur in the page at least as often as expected', () => {
    expect(expected.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of expected.paragraphs) {
      expect(paragraph).toMatch(/\S/);
      expect(paragraph).toBe(collapse(paragraph));
    }
    atLeastAsOften(text);
  });

  // Ordinary pages are extracted with Readability, so the expected body must be what it finds.
  it("keeps every expected paragraph, with its repeats, in Mozilla Readability's article", () => {
    const article = new Readability(parseHtml(html)).parse();
    atLeastAsOften(blockText(parseHtml(article?.content ?? '').body));
  });
});
