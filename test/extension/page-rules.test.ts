// The content script's page logic with the reader's own rules and hosts, on real fixtures, in jsdom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Page } from '../../src/extension/content/page/page';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (path: string) => readFileSync(join(fixtures, path, 'source.html'), 'utf8');
/** A copyright line the engine keeps on its own: only a phrase rule removes it. */
const COPYRIGHT = '© The Guardian';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaults, sites: {}, ...change });

function setup(path: string, initial: Settings) {
  const doc = new DOMParser().parseFromString(read(path), 'text/html');
  return { doc, page: new Page(doc, initial, () => undefined) };
}

const has = (doc: Document, text: string) => (doc.body.textContent ?? '').includes(text);

describe('Page with custom rules', () => {
  test('a phrase rule given at start removes its block, and Show original brings it back', async () => {
    const custom = { phrases: [COPYRIGHT], selectors: [] };
    const { doc, page } = setup('aggregator/msn-guardian', settings({ custom }));
    await page.start();
    expect(has(doc, COPYRIGHT)).toBe(false);
    page.showOriginal();
    expect(has(doc, COPYRIGHT)).toBe(true);
  });

  test('a rule added while the page is cleaned applies at once; the article follows', async () => {
    const { doc, page } = setup('aggregator/msn-guardian', settings());
    await page.start();
    expect(has(doc, COPYRIGHT)).toBe(true);
    expect((await page.article.get())?.paragraphs).toContain(COPYRIGHT);
    await page.applySettings(settings({ custom: { phrases: [COPYRIGHT], selectors: [] } }));
    expect(has(doc, COPYRIGHT)).toBe(false);
    expect((await page.article.get())?.paragraphs).not.toContain(COPYRIGHT);
  });

  test('a rule added while the page shows its original leaves it alone', async () => {
    const { doc, page } = setup('aggregator/msn-guardian', settings({ autoClean: false }));
    await page.start();
    const original = doc.body.innerHTML;
    await page.applySettings(settings({ autoClean: false, custom: { phrases: [COPYRIGHT], selectors: [] } }));
    expect(doc.body.innerHTML).toBe(original);
  });
});
