import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CopyHold, HOLD_MS, holdWhileParsing } from '../../src/extension/content/held-copies';

const ONE =
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.';
const TWO = 'Engineers say the work will start in spring and close the river crossing for about four months.';

/** jsdom lays nothing out: an element marked data-unseen has no box, every other one has one. */
function laidOut(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    const size = element.closest('[data-unseen]') ? 0 : 100;
    element.getBoundingClientRect = () => ({ width: size, height: size }) as DOMRect;
  }
}

function page(html: string): Document {
  document.body.innerHTML = html;
  laidOut(document.body);
  return document;
}

function holdCopies(doc: Document): () => void {
  const hold = new CopyHold(doc);
  hold.update();
  return () => hold.lift();
}

const heldIds = () =>
  [...document.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

describe('CopyHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test.each([
    [
      'a paragraph printed again',
      `<p id="a">${ONE}</p><p id="b">${TWO}</p><div><p id="c">${ONE}</p></div>`,
      ['c'],
    ],
    [
      'a whole copy printed as one block',
      `<p id="a">${ONE}</p><p id="b">${TWO}</p><div id="c">${ONE}\n${TWO}</div>`,
      ['c'],
    ],
    [
      'a copy after one the reader cannot see',
      `<div data-unseen><p id="a">${ONE}</p></div><p id="b">${ONE}</p><p id="c">${ONE}</p>`,
      ['c'],
    ],
    [
      'a short line printed twice (a label, a headline)',
      '<p id="a">Reuters · 2 hours ago</p><p id="b">Reuters · 2 hours ago</p>',
      [],
    ],
    ['text printed once', `<p id="a">${ONE}</p><p id="b">${TWO}</p>`, []],
  ])('%s', (_, html, held) => {
    holdCopies(page(html));
    expect(heldIds()).toEqual(held);
  });

  test("the lift puts each held element's own style back, and may run twice", () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p><p id="c">${ONE}</p>`);
    const lift = holdCopies(doc);
    expect(heldIds()).toEqual(['b', 'c']);
    lift();
    lift();
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
    expect(doc.getElementById('c')!.hasAttribute('style')).toBe(false);
  });

  test(`copies come back after ${HOLD_MS} ms even if nothing lifts them`, () => {
    holdCopies(page(`<p id="a">${ONE}</p><p id="b">${ONE}</p>`));
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(heldIds()).toEqual(['b']);
    vi.advanceTimersByTime(1);
    expect(heldIds()).toEqual([]);
  });

  test('run again as more is parsed: a new copy is held, a block half parsed that is no copy after all is let go', () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    expect(heldIds()).toEqual(['b']);
    // The rest of b arrives: it goes on with text printed nowhere else.
    doc.getElementById('b')!.append(` ${TWO}`);
    doc.body.insertAdjacentHTML('beforeend', `<p id="c">${ONE}</p>`);
    laidOut(doc.body);
    hold.update();
    expect(heldIds()).toEqual(['c']);
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
  });

  test(`one timer for the hold, from its first copy: all comes back ${HOLD_MS} ms after it, and nothing is held after`, () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    vi.advanceTimersByTime(HOLD_MS / 2);
    doc.body.insertAdjacentHTML('beforeend', `<p id="c">${ONE}</p>`);
    laidOut(doc.body);
    hold.update();
    expect(heldIds()).toEqual(['b', 'c']);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(heldIds()).toEqual([]);
    hold.update();
    expect(heldIds()).toEqual([]);
  });
});

describe('holdWhileParsing', () => {
  /** A document still being parsed: jsdom's own has finished. */
  function loading(): Document {
    const doc = page(`<p id="a">${ONE}</p>`);
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    return doc;
  }
  afterEach(() => {
    Reflect.deleteProperty(document, 'readyState');
  });

  test('a copy the parser adds is held before the browser could paint it: at the end of the task that added it', async () => {
    const doc = loading();
    holdWhileParsing(doc, 1000);
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${TWO}</p><p id="c">${ONE}</p>`);
    laidOut(doc.body);
    await Promise.resolve();
    expect(heldIds()).toEqual(['c']);
  });

  test('it stops at DOMContentLoaded, and on a page grown past its bound', async () => {
    const parsed = loading();
    holdWhileParsing(parsed, 1000);
    parsed.dispatchEvent(new Event('DOMContentLoaded'));
    parsed.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(parsed.body);
    await Promise.resolve();
    expect(heldIds()).toEqual([]);

    const big = loading();
    holdWhileParsing(big, 5);
    big.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`.repeat(3));
    laidOut(big.body);
    await Promise.resolve();
    expect(heldIds()).toEqual([]);
  });
});
