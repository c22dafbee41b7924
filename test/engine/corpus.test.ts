import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/cleaning/clean';
import { headValue } from '../../src/engine/page/page-url';
import { squash } from '../../src/engine/text/fold';
import { changesMadeBy, parsePage, releasePage, settle } from './corpus-dom';

// 130 real publishers' pages (mozilla/readability's test pages), none of them an aggregator page:
// detection must fire on none, and cleaning must leave every one exactly as it was. Each is read under a
// made-up URL, and again under its own where the page names one (canonical link, og:url).
// Built from the file path: vite rewrites `new URL(path, import.meta.url)` to an http URL in DOM environments.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/readability/test-pages');

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];

/**
 * Pages that are aggregator pages by the engine's own definition once their real URL is known. Each is
 * detected under it, and cleaning must keep every paragraph of the article (readability's expected.html).
 */
const AGGREGATOR_UNDER_OWN_URL: Readonly<Record<string, string>> = {
  'yahoo-2':
    "Yahoo News republishing an Associated Press story under Yahoo's syndication path (data/hosts.ts): the " +
    'template glues "Associated Press" to the date',
};

function source(name: string): string {
  return readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
}

/** The absolute (or protocol-relative) URL the page names for itself, if any. */
function ownUrl(doc: Document): string | null {
  const named =
    headValue(doc, 'link', 'rel', 'canonical', 'href') ??
    headValue(doc, 'meta', 'property', 'og:url', 'content');
  const value = named?.trim() ?? '';
  return /^(?:https?:)?\/\//i.test(value) ? new URL(value, 'http://invalid/').href : null;
}

/** Cleaning under `url` detects nothing and changes nothing. */
function expectUntouched(doc: Document, url: string): void {
  const { result, changes } = changesMadeBy(doc, () => clean(doc, { url }));
  const why = `${url}: ${result.detection.score} ${JSON.stringify(result.detection.signals)}`;
  expect(result.detection.isAggregator, why).toBe(false);
  expect(result.removed, url).toEqual([]);
  expect(changes, url).toEqual([]);
}

describe('ordinary-page corpus', () => {
  test('is present (CI lays ../shared beside the clone)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  const named: string[] = [];

  test.each(pages)(
    '%s is not detected and not changed, under a made-up URL and under its own',
    async (name) => {
      const doc = parsePage(source(name));
      try {
        expectUntouched(doc, `http://fakehost/${name}/`);
        // The page is as parsed (checked above): the same Document is read again under its own URL.
        const url = ownUrl(doc);
        if (url) named.push(name);
        if (url && !(name in AGGREGATOR_UNDER_OWN_URL)) expectUntouched(doc, url);
      } finally {
        releasePage(doc);
      }
      await settle();
    },
  );

  test('most pages name their own URL, and each named exception is one of them', () => {
    expect(named.length).toBeGreaterThanOrEqual(60);
    for (const name of Object.keys(AGGREGATOR_UNDER_OWN_URL)) expect(named).toContain(name);
  });

  test.each(Object.entries(AGGREGATOR_UNDER_OWN_URL))(
    '%s under its own URL is an aggregator page (%s), and keeps its whole article',
    (name, reason) => {
      const expected = parsePage(readFileSync(join(CORPUS, name, 'expected.html'), 'utf8'));
      const paragraphs = [...expected.querySelectorAll('p')]
        .map((p) => squash(p.textContent ?? ''))
        .filter(Boolean);
      releasePage(expected);
      const doc = parsePage(source(name));
      try {
        const url = ownUrl(doc);
        expect(url).not.toBeNull();
        const result = clean(doc, { url });
        expect(result.detection.isAggregator, reason).toBe(true);
        const text = squash(doc.body.textContent ?? '');
        for (const paragraph of paragraphs) expect(text, paragraph).toContain(paragraph);
      } finally {
        releasePage(doc);
      }
    },
  );
});
