// On a host of the built-in list, the promo blocks the clean will remove are held out of sight from the parser's
// last task (held-promos.ts), with the cleaning code the page's other content script brought; the copies'
// hold stands beside them, and lifting the hold shows every block as it was.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as clean from '../../src/engine/cleaning';
import { createContext } from '../../src/engine/cleaning/context';
import { PROMO_RULES } from '../../src/engine/cleaning/rules';
import { runSteps } from '../../src/engine/core/steps';
import { startEarly } from '../../src/extension/content/early-hold';
import { CopyHold } from '../../src/extension/content/held-copies';
import { holdPromos } from '../../src/extension/content/held-promos';
import { provideParts } from '../../src/extension/content/lazy';
import { WARM_MARKUP, warmUp } from '../../src/extension/content/warm-up';
import { defaults } from '../../src/extension/shared/settings';

const ONE =
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.';

/** A page at `url` still being parsed: a cookie prompt, an ad label, a paragraph printed twice. */
function loadingPage(url: string): Document {
  const { document } = new JSDOM(
    `<div id="cookie" class="cookie-banner" style="color: red"><p>We use cookies to improve your experience.</p></div>
     <h1>Council approves the bridge budget</h1><p id="a">${ONE}</p><div id="ad"><p>Advertisement</p></div>
     <p id="b">${ONE}</p>`,
    { url },
  ).window;
  for (const element of document.body.querySelectorAll('*'))
    element.getBoundingClientRect = () => ({ width: 100, height: 100 }) as DOMRect;
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return document;
}

/** The parser's last task: the markup is parsed and DOMContentLoaded fires. */
function parsed(doc: Document): void {
  Reflect.deleteProperty(doc, 'readyState');
  doc.dispatchEvent(new doc.defaultView!.Event('DOMContentLoaded'));
}

const heldIds = (doc: Document) =>
  [...doc.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('clean-reader.parts')];
});

describe('promo blocks held from the parser’s last task', () => {
  test('with the cleaning code at hand, the promos are held with the copies, and lifting shows all as it was', async () => {
    provideParts({ clean });
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    const started = startEarly(
      doc,
      async () => defaults,
      () => undefined,
    );
    expect(heldIds(doc)).toEqual(['b']);
    // A fast machine: the find is done in the parser's last task (jsdom's first run of the rules is slow).
    vi.spyOn(performance, 'now').mockReturnValue(0);
    parsed(doc);
    expect(heldIds(doc)).toEqual(['cookie', 'ad', 'b']);
    const { hold } = await started;
    hold!.lift();
    expect(heldIds(doc)).toEqual([]);
    expect(doc.getElementById('cookie')!.getAttribute('style')).toBe('color: red');
    expect(doc.getElementById('ad')!.hasAttribute('style')).toBe(false);
  });

  test('without it (no other script brought it), only the copies are held', async () => {
    const doc = loadingPage('https://www.daily8.com/news/bridge');
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
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    await startEarly(
      doc,
      async () => ({ ...defaults, sites: { 'www.daily8.com': 'never' } }),
      () => undefined,
    );
    parsed(doc);
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('a find longer than the parser’s last task allows', () => {
  /**
   * A page whose clock runs `tick` ms per read, and whose next frame's callbacks run when the test says: the
   * browser draws that frame once they have run.
   */
  function slowPage() {
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    const clock = { now: 0, tick: 5 };
    vi.spyOn(performance, 'now').mockImplementation(() => (clock.now += clock.tick));
    const frame: FrameRequestCallback[] = [];
    doc.defaultView!.requestAnimationFrame = (callback) => frame.push(callback);
    const drawFrame = () => {
      for (const callback of frame.splice(0)) callback(clock.now);
    };
    provideParts({ clean });
    return { doc, clock, drawFrame };
  }

  test('goes on in the callbacks of the next frame, and holds what it found before that frame is drawn', () => {
    const { doc, clock, drawFrame } = slowPage();
    const hold = new CopyHold(doc);
    // The task's time is spent (since 0, every step a long one): one step is taken, the rest waits.
    holdPromos(doc, hold, 0);
    expect(heldIds(doc)).toEqual([]);
    clock.tick = 0;
    drawFrame();
    expect(heldIds(doc)).toEqual(['cookie', 'ad']);
  });

  test('holds nothing once the frame is drawn without it: the reader has seen those blocks', () => {
    const { doc, drawFrame } = slowPage();
    const hold = new CopyHold(doc);
    holdPromos(doc, hold, 0);
    drawFrame();
    drawFrame();
    expect(heldIds(doc)).toEqual([]);
  });

  test('stops once the hold is lifted', () => {
    const { doc, clock, drawFrame } = slowPage();
    const hold = new CopyHold(doc);
    holdPromos(doc, hold, 0);
    hold.lift();
    clock.tick = 0;
    drawFrame();
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('CopyHold.holdOut', () => {
  test('held blocks show while the page is read, are held again after, and one removed meanwhile is let go', () => {
    const doc = loadingPage('https://www.daily8.com/news/bridge');
    const hold = new CopyHold(doc);
    const [cookie, ad] = [doc.getElementById('cookie')!, doc.getElementById('ad')!];
    hold.holdOut([cookie, ad]);
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
    hold.holdOut([ad]);
    expect(ad.hasAttribute('style')).toBe(false);
    hold.lift();
    hold.holdOut([cookie]);
    expect(heldIds(doc)).toEqual([]);
  });
});

describe('the warm-up', () => {
  const inert = () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = WARM_MARKUP;
    return doc;
  };

  test.each(PROMO_RULES.map((rule) => [rule.name, rule] as const))(
    'its markup has a block for %s to find, so that rule’s code runs through',
    (_, rule) => {
      const doc = inert();
      const ctx = createContext(doc, { phrases: [], selectors: [] });
      runSteps(ctx.prepare(rule.needs ?? []));
      expect(runSteps(rule.find(ctx)).length).toBeGreaterThan(0);
    },
  );

  test('runs the find over an inert document, never the page, and never throws', () => {
    const before = document.body.innerHTML;
    const read: Document[] = [];
    warmUp(document, (doc) => {
      read.push(doc);
      return clean.promoFindSteps(doc);
    });
    expect(read).toHaveLength(1);
    expect(read[0]).not.toBe(document);
    expect(read[0]!.body.innerHTML).toBe(WARM_MARKUP);
    expect(document.body.innerHTML).toBe(before);
    expect(() =>
      warmUp(document, () => {
        throw new Error('broken');
      }),
    ).not.toThrow();
  });
});
