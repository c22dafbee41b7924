// 671 real publishers' pages (../shared/corpus/real-ordinary, see its SOURCES.md), none of them an aggregator
// page: read with its page's URL, none may be detected and cleaning must change none. The pages are split
// over a few test files (shard-*.test.ts): each file is a fresh environment, and several run side by side
// where the runner has the workers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/cleaning/clean';
import { changesMadeBy, parsePage, releasePage, settle } from '../corpus-dom';

// Built from the file path: vite rewrites `new URL(path, import.meta.url)` to an http URL in DOM environments.
const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/real-ordinary');
const PAGE_COUNT = 671;
const SHARDS = 4;
const PAGE_TIMEOUT = 60_000;

interface RealPage {
  file: string;
  /** The page's real URL, where the source repository records it. */
  url: string | null;
}

function readManifest(): RealPage[] {
  const manifest = join(CORPUS, 'manifest.json');
  if (!existsSync(manifest)) return [];
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { pages: RealPage[] }).pages;
}

const pages = readManifest();

/** The tests for every SHARDS-th page, from `shard` on. */
export function checkShard(shard: number): void {
  describe(`real ordinary pages, part ${shard + 1} of ${SHARDS}`, () => {
    test('the corpus is present (CI lays ../shared beside the clone)', () => {
      expect(pages).toHaveLength(PAGE_COUNT);
    });

    test.each(pages.filter((_, i) => i % SHARDS === shard))(
      '$file is not detected and not changed',
      async ({ file, url }) => {
        const doc = parsePage(gunzipSync(readFileSync(join(CORPUS, file))).toString('utf8'));
        try {
          const { result, changes } = changesMadeBy(doc, () => clean(doc, url ? { url } : {}));
          expect(
            result.detection.isAggregator,
            `${result.detection.score} ${JSON.stringify(result.detection.signals)}`,
          ).toBe(false);
          expect(result.removed).toEqual([]);
          expect(changes).toEqual([]);
        } finally {
          releasePage(doc);
        }
        await settle();
      },
      // A few pages take seconds in happy-dom on a loaded machine (a 21,000-option menu, 2 MB pages).
      PAGE_TIMEOUT,
    );
  });
}
