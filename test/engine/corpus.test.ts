import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/clean';
import { parse } from './helpers';

// 130 real publishers' pages (mozilla/readability's test pages), none of them an aggregator page:
// detection must fire on none, and cleaning must leave every one exactly as it was.
// Built from the file path: vite rewrites `new URL(path, import.meta.url)` to an http URL in DOM environments.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/readability/test-pages');

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).sort() : [];

describe('ordinary-page corpus', () => {
  test('is present (CI lays ../shared beside the clone)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  test.each(pages)('%s is not detected and not changed', (name) => {
    const html = readFileSync(join(CORPUS, name, 'source.html'), 'utf8');
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const result = clean(doc, { url: `http://fakehost/${name}/` });
    expect(
      result.detection.isAggregator,
      `${result.detection.score} ${JSON.stringify(result.detection.signals)}`,
    ).toBe(false);
    expect(result.removed).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
