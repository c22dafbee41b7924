import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOLD_MS, holdCopies } from '../../src/extension/content/held-copies';

const ONE =
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.';
const TWO = 'Engineers say the work will start in spring and close the river crossing for about four months.';

/** jsdom lays nothing out: an element marked data-unseen has no box, every other one has one. */
function page(html: string): Document {
  document.body.innerHTML = html;
  for (const element of document.body.querySelectorAll('*')) {
    const size = element.closest('[data-unseen]') ? 0 : 100;
    element.getBoundingClientRect = () => ({ width: size, height: size }) as DOMRect;
  }
  return document;
}

const heldIds = () =>
  [...document.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

describe('holdCopies', () => {
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
});
