import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { startEarly } from '../../src/extension/content/early-hold';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const ONE =
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.';

/** A page at `url` still being parsed, its body printing one paragraph twice, every block laid out. */
function loadingPage(url: string): Document {
  const { document } = new JSDOM(`<p id="a">${ONE}</p><p id="b">${ONE}</p>`, { url }).window;
  for (const element of document.body.querySelectorAll('*'))
    element.getBoundingClientRect = () => ({ width: 100, height: 100 }) as DOMRect;
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return document;
}

const heldIds = (doc: Document) =>
  [...doc.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

/** Settings the test hands over when it chooses: what the page sees before then is what it did without them. */
function deferredSettings() {
  let give: (settings: Settings) => void = () => undefined;
  const read = () => new Promise<Settings>((resolve) => (give = resolve));
  return { read, give: (settings: Partial<Settings>) => give({ ...defaults, ...settings }) };
}

describe('startEarly', () => {
  test('on a built-in host, copies are held and the code loads before the settings arrive', async () => {
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    const settings = deferredSettings();
    let preloads = 0;
    const started = startEarly(doc, settings.read, () => preloads++);
    expect(heldIds(doc)).toEqual(['b']);
    expect(preloads).toBe(1);
    settings.give({});
    const { known, hold } = await started;
    expect(known).toBe(true);
    expect(hold).toBeDefined();
    expect(heldIds(doc)).toEqual(['b']);
    expect(preloads).toBe(1);
  });

  test('on a built-in host the reader never cleans, the hold is lifted once the settings say so', async () => {
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    const settings = deferredSettings();
    const started = startEarly(doc, settings.read, () => undefined);
    expect(heldIds(doc)).toEqual(['b']);
    settings.give({ sites: { 'www.daily8.com': 'never' } });
    const { known, hold } = await started;
    expect(known).toBe(true);
    expect(hold).toBeUndefined();
    expect(heldIds(doc)).toEqual([]);
  });

  test('on a host the reader added, the hold and the loading start once the settings name it', async () => {
    const doc = loadingPage('https://news.example.org/story');
    const settings = deferredSettings();
    let preloads = 0;
    const started = startEarly(doc, settings.read, () => preloads++);
    expect(heldIds(doc)).toEqual([]);
    expect(preloads).toBe(0);
    settings.give({ extraHosts: ['example.org'] });
    const { known } = await started;
    expect(known).toBe(true);
    expect(heldIds(doc)).toEqual(['b']);
    expect(preloads).toBe(1);
  });

  test('on any other host nothing is held and nothing loads: an ordinary page pays nothing here', async () => {
    const doc = loadingPage('https://news.example.org/story');
    let preloads = 0;
    const { known, hold } = await startEarly(
      doc,
      async () => defaults,
      () => preloads++,
    );
    expect([known, hold, preloads, heldIds(doc)]).toEqual([false, undefined, 0, []]);
  });
});
