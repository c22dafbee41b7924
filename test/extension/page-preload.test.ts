// What the content script loads, and when: a page the gate finds suspicious loads the cleaning code while full
// detection runs (one wait for the extension's files, not two), unless the user keeps the site as it is; an
// ordinary page loads nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { LazyName } from '../../src/extension/content/lazy-chunks';
import { Page } from '../../src/extension/content/page/page';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const requested: LazyName[] = [];
/** What had been asked for when the detection part finished loading. */
let atDetectLoaded: LazyName[] | null = null;

vi.mock('../../src/extension/content/lazy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extension/content/lazy')>();
  return {
    load: (name: LazyName) => {
      requested.push(name);
      const part = actual.load(name);
      if (name === 'detect') void part.then(() => (atDetectLoaded ??= [...requested]));
      return part;
    },
  };
});

const fixture = (kind: string, name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', kind, name, 'source.html'), 'utf8');

async function start(html: string, change: Partial<Settings> = {}): Promise<Page> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const page = new Page(doc, { ...defaults, sites: {}, ...change }, () => undefined);
  await page.start();
  return page;
}

beforeEach(() => {
  requested.length = 0;
  atDetectLoaded = null;
});

describe('the parts a page loads', () => {
  test('a suspicious page asks for cleaning and the layout checks before detection has loaded', async () => {
    const page = await start(fixture('aggregator', 'seed-daily8'));
    expect(page.status().cleaned).toBe(true);
    expect(atDetectLoaded).toEqual(expect.arrayContaining(['detect', 'clean', 'visibility']));
  });

  test('with automatic cleaning off, only detection loads', async () => {
    const page = await start(fixture('aggregator', 'seed-daily8'), { autoClean: false });
    expect(page.status().detection?.isAggregator).toBe(true);
    expect(new Set(requested)).toEqual(new Set(['detect']));
  });

  test('an ordinary page loads nothing', async () => {
    const page = await start(fixture('ordinary', 'blog-newsletter'));
    expect(page.status().detection?.isAggregator).toBe(false);
    expect(requested).toEqual([]);
  });
});
