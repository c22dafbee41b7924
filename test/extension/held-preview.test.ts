// On a host of the built-in list, what the clean will remove is held out of sight from the parser's last task
// (held-preview.ts): the clean runs on a copy of the page (clean-preview.ts) with the cleaning code the page's
// other content script brought. No paragraph is held while it is the only copy the reader sees, and lifting the
// hold shows every block as it was.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as clean from '../../src/engine/cleaning';
import { runSteps } from '../../src/engine/core/steps';
import { previewSteps, UNREAD_DETECTION } from '../../src/extension/content/clean-preview';
import { startEarly } from '../../src/extension/content/early-hold';
import { CopyHold } from '../../src/extension/content/held-copies';
import { holdPreview, watchPainting } from '../../src/extension/content/held-preview';
import { provideParts } from '../../src/extension/content/lazy';
import { WARM_MARKUP, warmUp } from '../../src/extension/content/warm-up';
import { defaults } from '../../src/extension/shared/settings';
import { listFixtures } from '../fixtures/load';

const [ONE, TWO, THREE] = [
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.',
  'Engineers say the work will start in spring and close the river crossing for about four months.',
  'Drivers will be sent over the old ferry road, which the council will widen before the work starts.',
];

/** The page's markup, still being parsed, every block laid out except those marked data-unseen. */
function loadingPage(body: string, url = 'https://www.daily8.com/news/bridge'): Document {
  const { document } = new JSDOM(body, { url }).window;
  for (const element of document.body.querySelectorAll('*')) {
    const size = element.closest('[data-unseen]') ? 0 : 100;
    element.getBoundingClientRect = () => ({ width: size, height: size }) as DOMRect;
  }
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return document;
}

/** A cookie prompt, an ad label and a paragraph printed twice. */
const PROMOS = `<div id="cookie" class="cookie-banner" style="color: red"><p>We use cookies to improve your experience.</p></div>
  <h1>Council approves the bridge budget</h1><p id="a">${ONE}</p><div id="ad"><p>Advertisement</p></div>
  <p id="b">${ONE}</p>`;

/** A teaser printing the story's first paragraphs before the whole story. */
const TEASER = `<h1>Council approves the bridge budget</h1>
  <div id="teaser"><p>${ONE}</p><p>${TWO}</p><button>Read more</button></div>
  <div id="story"><p id="one">${ONE}</p><p id="two">${TWO}</p><p id="three">${THREE}</p></div>`;

/** The parser's last task: the markup is parsed and DOMContentLoaded fires. */
function parsed(doc: Document): void {
  Reflect.deleteProperty(doc, 'readyState');
  doc.dispatchEvent(new doc.defaultView!.Event('DOMContentLoaded'));
}

const heldIds = (doc: Document) =>
  [...doc.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

/** A fast machine: the preview is done in the parser's last task (jsdom's first run of the rules is slow). */
const fastClock = () => vi.spyOn(performance, 'now').mockReturnValue(0);

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('clean-reader.parts')];
});

describe('the clean previewed on a copy of the page', () => {
  /** Each element's place in its document: the same on two parses of one markup. */
  const path = (element: Element): string =>
    element.parentElement
      ? `${path(element.parentElement)}/${[...element.parentElement.children].indexOf(element)}`
      : '';

  test.each(listFixtures('aggregator').map((fixture) => [fixture.name, fixture] as const))(
    '%s: it names the live elements the clean removes, and changes nothing in the page',
    (_, { html, expected }) => {
      const parse = () => new JSDOM(html, { url: expected.url }).window.document;
      const doc = parse();
      const before = doc.documentElement.outerHTML;
      const root = doc.documentElement.cloneNode(true) as Element;
      const previewed = runSteps(previewSteps(doc, root, clean.cleanSteps, () => true));
      expect(doc.documentElement.outerHTML).toBe(before);
      const cleaned = parse();
      // Named before the clean: each removal changes the places of the elements after it.
      const places = new Map([...cleaned.querySelectorAll('*')].map((element) => [element, path(element)]));
      const removed: string[] = [];
      clean.clean(cleaned, {
        url: expected.url,
        force: true,
        rendered: () => true,
        remove: (element) => {
          removed.push(places.get(element)!);
          element.remove();
          return undefined;
        },
      });
      expect(previewed.map(({ element }) => path(element))).toEqual(removed);
      expect(previewed.every(({ element }) => element.ownerDocument === doc)).toBe(true);
      const keepers = previewed.flatMap((each) => each.keepers);
      expect(keepers.every((kept) => kept.ownerDocument === doc && kept.isConnected)).toBe(true);
    },
  );
});

describe('what the clean will remove, held from the parser’s last task', () => {
  test('with the cleaning code at hand, the promos are held with the copies, and lifting shows all as it was', async () => {
    provideParts({ clean });
    const doc = loadingPage(PROMOS);
    const started = startEarly(
      doc,
      async () => defaults,
      () => undefined,
    );
    expect(heldIds(doc)).toEqual(['b']);
    fastClock();
    parsed(doc);
    expect(heldIds(doc)).toEqual(['cookie', 'ad', 'b']);
    const { hold } = await started;
    hold!.lift();
    expect(heldIds(doc)).toEqual([]);
    expect(doc.getElementById('cookie')!.getAttribute('style')).toBe('color: red');
    expect(doc.getElementById('ad')!.hasAttribute('style')).toBe(false);
  });

  test('a teaser printed before the whole story is held, and the story’s own paragraphs show', async () => {
    provideParts({ clean });
    const doc = loadingPage(TEASER);
    const started = startEarly(
      doc,
      async () => defaults,
      () => undefined,
    );
    // While the page is parsed, the later copies are held: the teaser is what the reader reads.
    expect(heldIds(doc)).toEqual(['one', 'two']);
    fastClock();
    parsed(doc);
    expect(heldIds(doc)).toEqual(['teaser']);
    (await started).hold!.lift();
  });

  test('a copy is not held where the copy the clean keeps is one the reader cannot see', () => {
    provideParts({ clean });
    const doc = loadingPage(TEASER.replace('<div id="story">', '<div id="story" data-unseen>'));
    const hold = new CopyHold(doc);
    fastClock();
    holdPreview(doc, hold, 0, () => false);
    expect(heldIds(doc)).not.toContain('teaser');
  });

  test('a preview that fails holds nothing more, and throws nothing into the page', () => {
    const broken = {
      ...clean,
      cleanSteps: function* (): Generator<void, never, void> {
        yield;
        throw new Error('unreadable page');
      },
    } as unknown as typeof clean;
    provideParts({ clean: broken });
    const doc = loadingPage(PROMOS);
    const hold = new CopyHold(doc);
    fastClock();
    expect(() => holdPreview(doc, hold, 0, () => false)).not.toThrow();
    expect(heldIds(doc)).toEqual([]);
  });

  test('without the cleaning code (no other script brought it), only the copies are held', async () => {
    const doc = loadingPage(PROMOS);
    await startEarly(
      doc,
      async () => defaults,
      () => undefined,
    );
    parsed(doc);
    expect(heldIds(doc)).toEqual(['b']);
  });

  test('on a site the reader does not clean, nothing stays held', async () => {
    provideParts({ clean });
    const doc = loadingPage(PROMOS);
    await startEarly(
      doc,
      async () => ({ ...defaults, sites: { 'www.daily8.com': 'never' } }),
      () => undefined,
    );
    parsed(doc);
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('a preview longer than the parser’s last task allows', () => {
  /**
   * A page whose clock runs `tick` ms per read, and whose next frame's callbacks run when the test says: the
   * browser draws that frame once they have run.
   */
  function slowPage() {
    const doc = loadingPage(PROMOS);
    const clock = { now: 0, tick: 5 };
    vi.spyOn(performance, 'now').mockImplementation(() => (clock.now += clock.tick));
    const frame: FrameRequestCallback[] = [];
    doc.defaultView!.requestAnimationFrame = (callback) => frame.push(callback);
    const drawFrame = () => {
      const time = clock.now;
      for (const callback of frame.splice(0)) callback(time);
    };
    provideParts({ clean });
    // Watched from the page's first bytes, as the start-up script does.
    const painted = watchPainting(doc);
    const parse = () =>
      Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
    return { doc, clock, drawFrame, painted, parse };
  }

  test('goes on in the callbacks of the next frame, and holds what it found before that frame is drawn', () => {
    const { doc, clock, drawFrame, painted, parse } = slowPage();
    const hold = new CopyHold(doc);
    parse();
    // The task's time is spent (since 0, every step a long one): one step is taken, the rest waits.
    holdPreview(doc, hold, 0, painted);
    expect(heldIds(doc)).toEqual([]);
    clock.tick = 0;
    drawFrame();
    expect(heldIds(doc)).toEqual(['cookie', 'ad', 'b']);
  });

  test('holds nothing once the frame is drawn without it: the reader has seen those blocks', () => {
    const { doc, drawFrame, painted, parse } = slowPage();
    const hold = new CopyHold(doc);
    parse();
    holdPreview(doc, hold, 0, painted);
    drawFrame();
    drawFrame();
    expect(heldIds(doc)).toEqual([]);
  });

  test('holds nothing on a page the browser may have drawn while it was parsed', () => {
    const { doc, clock, drawFrame, painted, parse } = slowPage();
    // A frame begun with the body parsed in part: the browser may draw it.
    drawFrame();
    parse();
    clock.tick = 0;
    const hold = new CopyHold(doc);
    holdPreview(doc, hold, 0, painted);
    drawFrame();
    expect(heldIds(doc)).toEqual([]);
  });

  test('stops once the hold is lifted', () => {
    const { doc, clock, drawFrame, painted, parse } = slowPage();
    const hold = new CopyHold(doc);
    parse();
    holdPreview(doc, hold, 0, painted);
    hold.lift();
    clock.tick = 0;
    drawFrame();
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('CopyHold.holdOut', () => {
  const byId = (doc: Document, id: string) => doc.getElementById(id)!;

  test('held blocks show while the page is read, are held again after, and one removed meanwhile is let go', () => {
    const doc = loadingPage(PROMOS);
    const hold = new CopyHold(doc);
    const [cookie, ad] = [byId(doc, 'cookie'), byId(doc, 'ad')];
    hold.holdOut([
      { element: cookie, keepers: [] },
      { element: ad, keepers: [] },
    ]);
    expect(heldIds(doc)).toEqual(['cookie', 'ad']);
    const seen = hold.shown(() => {
      const ids = heldIds(doc);
      ad.remove();
      return ids;
    });
    expect(seen).toEqual([]);
    expect(heldIds(doc)).toEqual(['cookie']);
    // The removed block keeps its own style, for the keeper to put back as it was.
    expect(ad.hasAttribute('style')).toBe(false);
    hold.holdOut([{ element: ad, keepers: [] }]);
    expect(ad.hasAttribute('style')).toBe(false);
    hold.lift();
    hold.holdOut([{ element: cookie, keepers: [] }]);
    expect(heldIds(doc)).toEqual([]);
  });

  test('a copy whose keeper is inside a block held after it shows', () => {
    const doc = loadingPage(TEASER);
    const hold = new CopyHold(doc);
    hold.holdOut([
      { element: byId(doc, 'teaser'), keepers: [byId(doc, 'one'), byId(doc, 'two')] },
      { element: byId(doc, 'story'), keepers: [] },
    ]);
    expect(heldIds(doc)).toEqual(['story']);
  });

  test('a copy shows again once the clean removes the block keeping its text instead', () => {
    const doc = loadingPage(TEASER);
    const hold = new CopyHold(doc);
    hold.holdOut([{ element: byId(doc, 'teaser'), keepers: [byId(doc, 'one'), byId(doc, 'two')] }]);
    expect(heldIds(doc)).toEqual(['teaser']);
    hold.shown(() => byId(doc, 'two').remove());
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('the warm-up', () => {
  test('its markup has something for each rule of the promos and the copies, so their code runs through', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = WARM_MARKUP;
    const rules = new Set(clean.clean(doc, { force: true }).removed.map((removal) => removal.rule));
    for (const rule of [
      'sponsored',
      'ai-promo',
      'app-promo',
      'portal-promo',
      'newsletter-cookie',
      'empty-comments',
      'image-alt-junk',
      'duplicate-bodies',
      'duplicate-headlines',
    ] as const)
      expect(rules, rule).toContain(rule);
  });

  test('runs in slices, each in a task of its own, while the page loads, and stops once it is parsed', () => {
    vi.useFakeTimers();
    // Each read of the clock finds 30 ms gone: every step fills a slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 30));
    const warm = () => {
      const run = { steps: 0, done: false };
      warmUp(document, function* () {
        for (; run.steps < 5; run.steps++) yield;
        run.done = true;
      });
      return run;
    };
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const loading = warm();
    expect(loading).toEqual({ steps: 0, done: false });
    vi.runAllTimers();
    expect(loading).toEqual({ steps: 5, done: true });
    const parsedMeanwhile = warm();
    Reflect.deleteProperty(document, 'readyState');
    vi.runAllTimers();
    expect(parsedMeanwhile).toEqual({ steps: 1, done: false });
    vi.useRealTimers();
  });

  test('runs the clean over an inert document, never the page, and never throws', () => {
    const before = document.body.innerHTML;
    const read: Document[] = [];
    warmUp(document, (doc) => {
      read.push(doc);
      return clean.cleanSteps(doc, { force: true, detection: UNREAD_DETECTION });
    });
    expect(read).toHaveLength(1);
    expect(read[0]).not.toBe(document);
    expect(document.body.innerHTML).toBe(before);
    expect(() =>
      warmUp(document, () => {
        throw new Error('broken');
      }),
    ).not.toThrow();
    const failing = function* () {
      yield;
      throw new Error('broken');
    };
    vi.useFakeTimers();
    warmUp(document, failing);
    expect(() => vi.runAllTimers()).not.toThrow();
    vi.useRealTimers();
  });
});
