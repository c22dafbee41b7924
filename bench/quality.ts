// Section 5: what a reader gets, the engine's extract() next to Readability alone.
import { Readability } from '@mozilla/readability';
import { extract } from '../src/engine';
import { paragraphsOf } from '../src/engine/extraction/paragraphs';
import { squash } from '../src/engine/text/fold';
import type { AggregatorExpected } from '../test/fixtures/load';
import { parsePage } from './pages';
import { tokenF1 } from './token-f1';

export interface FixtureQuality {
  name: string;
  tool: 'engine' | 'readability';
  /** Expected paragraphs found, of all expected. */
  recall: number;
  /** Paragraph copies beyond the expected count. */
  duplicates: number;
  absentLeft: number;
  absentTotal: number;
  relatedFound: number;
  relatedTotal: number;
}

export function fixtureQuality(name: string, html: string, expected: AggregatorExpected): FixtureQuality[] {
  const engineDoc = parsePage(html, expected.url);
  const article = extract(engineDoc, { url: expected.url });
  const foundUrls = new Set(article.related.map((r) => r.url));
  const rbDoc = parsePage(html, expected.url);
  const rbHtml = new Readability(rbDoc).parse()?.content ?? '';
  const rbParagraphs = paragraphsOf(parsePage('', expected.url), rbHtml);
  const relatedTotal = expected.related.length;
  return [
    {
      ...score(article.paragraphs, expected),
      name,
      tool: 'engine',
      relatedFound: expected.related.filter((r) => foundUrls.has(r.url)).length,
      relatedTotal,
    },
    // Readability has no notion of related stories.
    { ...score(rbParagraphs, expected), name, tool: 'readability', relatedFound: 0, relatedTotal },
  ];
}

function score(paragraphs: readonly string[], expected: AggregatorExpected) {
  const got = new Map<string, number>();
  for (const p of paragraphs) got.set(squash(p), (got.get(squash(p)) ?? 0) + 1);
  const want = new Map<string, number>();
  for (const p of expected.paragraphs) want.set(squash(p), (want.get(squash(p)) ?? 0) + 1);
  let found = 0;
  let duplicates = 0;
  for (const [text, count] of want) {
    const have = got.get(text) ?? 0;
    found += Math.min(have, count);
    duplicates += Math.max(0, have - count);
  }
  const text = squash(paragraphs.join(' ')).toLowerCase();
  return {
    recall: found / expected.paragraphs.length,
    duplicates,
    absentLeft: expected.absent.filter((a) => text.includes(squash(a).toLowerCase())).length,
    absentTotal: expected.absent.length,
  };
}

/** Token F1 of an output's text against Readability's expected.html for a corpus page. */
export function corpusAgreement(outputHtml: string, expectedHtml: string): number {
  return tokenF1(textOf(outputHtml), textOf(expectedHtml));
}

function textOf(html: string): string {
  return parsePage(`<body>${html}</body>`, 'http://fakehost/').body.textContent ?? '';
}
