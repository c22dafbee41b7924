// The content script's promise, with a layout the test controls (jsdom has none): every sentence the reader
// could see before a clean is visible after it. A removal that took one away goes back, is reported in the
// status, and is not made again.
import { describe, expect, test } from 'vitest';
import type { Rendered } from '../../src/engine/core/types';
import { Page } from '../../src/extension/content/page/page';
import type { Layout } from '../../src/extension/content/page/visibility-guard';
import { defaults } from '../../src/extension/shared/settings';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old river bridge to cars from the first of next month onwards.',
  'Engineers found cracks in two of the three arches during an inspection that had been planned for years.',
  'Buses will take a detour through the market square, adding about ten minutes to each journey in the town.',
  'The mayor said repairs would start in the spring and that the bridge would open again before the winter.',
];
const copy = (cls: string) => `<div class="${cls}">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
const NOTE = 'Correction: an earlier version of this story gave the wrong date for the vote.';

function setup(inner: string, rendered: (doc: Document) => Rendered) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head><title>Council closes the river bridge</title></head><body><h1>Council closes the river bridge</h1><div>The Advertiser3 days ago</div>${inner}</body></html>`,
    'text/html',
  );
  const layout: Layout = () => rendered(doc);
  const page = new Page(doc, { ...defaults, sites: {} }, () => undefined, layout);
  return { doc, page };
}

const count = (doc: Document, text: string) => (doc.body.textContent ?? '').split(text).length - 1;

describe('Page with a layout', () => {
  test('a copy whose removal hid the copy kept goes back, is reported, and is not removed again', async () => {
    // A stylesheet shows the first copy only while the second follows it (".one:has(~ .two)" in spirit).
    const { doc, page } = setup(
      copy('one') + copy('two'),
      (d) => (element) => !element.closest('.one') || d.querySelector('.two') !== null,
    );
    await page.start();
    for (const paragraph of PARAGRAPHS) expect(count(doc, paragraph)).toBe(2);
    const status = page.status();
    expect(status.cleaned).toBe(true);
    expect(status.undone.map((u) => u.rule)).toContain('duplicate-bodies');
    expect(status.undone[0]?.reason).toMatch(/kept instead is not visible/);
    await page.cleanAgain();
    for (const paragraph of PARAGRAPHS) expect(count(doc, paragraph)).toBe(2);
  });

  test('a removal that hid other text puts that whole clean back', async () => {
    // The note shows only right after the promo (".promo + .note" in spirit).
    const { doc, page } = setup(
      `${copy('story')}<div class="promo">Try Our AI Features</div><p class="note">${NOTE}</p>`,
      (d) => (element) => !element.closest('.note') || d.querySelector('.promo') !== null,
    );
    await page.cleanAgain();
    expect(count(doc, NOTE)).toBe(1);
    expect(count(doc, 'Try Our AI Features')).toBe(1);
    const { undone, removedCount } = page.status();
    expect(undone.some((u) => u.rule === null && u.text.length > 0)).toBe(true);
    expect(removedCount).toBe(0);
  });

  test('copies the layout does not show stay; the one on screen beside another goes', async () => {
    const { doc, page } = setup(
      copy('mobile') + copy('desktop') + copy('also'),
      () => (element) => !element.closest('.mobile'),
    );
    await page.start();
    expect(doc.querySelector('.mobile')).not.toBeNull();
    for (const paragraph of PARAGRAPHS) expect(count(doc, paragraph)).toBe(2);
    expect(page.status().undone).toEqual([]);
  });

  test('without a layout (no window) the markup decides, as in the CLI', async () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html><body><h1>Council closes the river bridge</h1>${copy('a')}${copy('b')}<div hidden>${copy('c')}</div></body></html>`,
      'text/html',
    );
    const page = new Page(doc, { ...defaults, sites: {} }, () => undefined);
    await page.cleanAgain();
    for (const paragraph of PARAGRAPHS) expect(count(doc, paragraph)).toBe(1);
  });
});
