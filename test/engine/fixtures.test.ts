import { describe, expect, test } from 'vitest';
import { clean, detect, extract } from '../../src/engine';
import { fold, squash } from '../../src/engine/text/fold';
import { listFixtures } from '../fixtures/load';
import { containsInOrder, occurrences, parse } from './helpers';

describe.each(listFixtures('aggregator'))('aggregator fixture $name', ({ html, expected }) => {
  const url = expected.url;

  test('is detected', () => {
    const detection = detect(parse(html), { url });
    expect(detection.isAggregator, JSON.stringify(detection.signals)).toBe(true);
  });

  test('extracts the article: every paragraph once, in order, no promo text', () => {
    const article = extract(parse(html), { url });
    expect(article.title).toBe(expected.title);
    expect(article.source).toBe(expected.source);
    expect(article.published).toBe(expected.published);
    expect(article.originalUrl).toBe(expected.originalUrl);
    for (const paragraph of expected.paragraphs) {
      expect(
        article.paragraphs.filter((p) => squash(p) === squash(paragraph)),
        paragraph,
      ).toHaveLength(1);
    }
    expect(containsInOrder(article.paragraphs, expected.paragraphs)).toBe(true);
    const folded = article.paragraphs.map(fold);
    expect(new Set(folded).size, 'a paragraph is repeated').toBe(folded.length);
    for (const text of expected.absent) expect(article.text).not.toContain(text);
  });

  test('lists the related stories with clean URLs and clusters', () => {
    const article = extract(parse(html), { url });
    expect(article.related).toEqual(expected.related);
    for (const story of article.related) expect(article.text).not.toContain(story.title);
  });

  test('cleans the page: each paragraph once, promos gone', () => {
    const doc = parse(html);
    const result = clean(doc, { url });
    expect(result.cleaned).toBe(true);
    const text = doc.body.textContent ?? '';
    for (const paragraph of expected.paragraphs) expect(occurrences(text, paragraph), paragraph).toBe(1);
    for (const promo of expected.absent) expect(occurrences(text, promo), promo).toBe(0);
    for (const removal of result.removed) expect(removal.reason.length).toBeGreaterThan(0);
  });

  test('cleaning twice changes nothing more', () => {
    const doc = parse(html);
    clean(doc, { url, force: true });
    const once = doc.body.innerHTML;
    const again = clean(doc, { url, force: true });
    expect(again.removed).toEqual([]);
    expect(doc.body.innerHTML).toBe(once);
  });
});

describe.each(listFixtures('ordinary'))('ordinary fixture $name', ({ html, expected }) => {
  const url = expected.url;

  test('is not detected and cleaning leaves the DOM as it was', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const result = clean(doc, { url });
    expect(result.detection.isAggregator, JSON.stringify(result.detection.signals)).toBe(false);
    expect(result.removed).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('extraction keeps every paragraph, legitimate repeats included', () => {
    const article = extract(parse(html), { url });
    expect(article.title).toBe(expected.title);
    expect(containsInOrder(article.paragraphs, expected.paragraphs)).toBe(true);
    const counts = new Map<string, number>();
    for (const p of expected.paragraphs) counts.set(squash(p), (counts.get(squash(p)) ?? 0) + 1);
    for (const [paragraph, count] of counts) {
      expect(
        article.paragraphs.filter((p) => squash(p) === paragraph),
        paragraph,
      ).toHaveLength(count);
    }
  });
});
