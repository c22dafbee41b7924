// The documents the benchmark reads: the fixtures and the 130-page ordinary corpus beside the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Expected } from '../test/fixtures/load';

// Bundled to bench/.out/node/main.mjs: three levels below the repo, like test/e2e/support's own ROOT.
export const ROOT = join(import.meta.dirname, '..', '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'readability', 'test-pages');

export interface BenchPage {
  name: string;
  kind: 'aggregator' | 'ordinary' | 'corpus';
  html: string;
  url: string;
  /** Readability's own expected output (corpus pages only). */
  expectedHtml?: string;
}

export interface FixturePage extends BenchPage {
  expected: Expected;
}

// Not test/fixtures/load.ts: it finds its folder from import.meta.url, which bundling moves.
export function fixturePages(): FixturePage[] {
  return (['aggregator', 'ordinary'] as const).flatMap((kind) => {
    const dir = join(ROOT, 'test', 'fixtures', kind);
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
        const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
        return { name, kind, html, url: expected.url, expected };
      });
  });
}

/** The aggregator fixtures, by name. */
export const aggregatorPages = (): FixturePage[] =>
  fixturePages().filter(({ kind }) => kind === 'aggregator');

export function corpusPages(): BenchPage[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus missing at ${CORPUS}`);
  return readdirSync(CORPUS)
    .sort()
    .map((name) => ({
      name,
      kind: 'corpus' as const,
      html: readFileSync(join(CORPUS, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(CORPUS, name, 'expected.html'), 'utf8'),
      url: `http://fakehost/${name}/`,
    }));
}

// One window, and each page parsed by its DOMParser, as the engine tests do: such a Document has no
// window of its own, so jsdom skips its stylesheets (slow, and cssstyle throws on some corpus pages'
// CSS) and runs nothing. DOMPurify (extract) then uses the host window, as in the tests.
const host = new JSDOM('', { url: 'http://fakehost/' });
(globalThis as { window?: unknown }).window = host.window;

/** A fresh Document: the engine's clean and Readability both change the one they get. */
export function parsePage(html: string, _url: string): Document {
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}
