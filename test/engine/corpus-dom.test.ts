// The corpus tests read pages through parsePage(): it must build the very Document the environment's parser
// builds, only without the DOM library's quadratic work on long <select> menus.
import { describe, expect, test } from 'vitest';
import { changesMadeBy, parsePage, releasePage } from './corpus-dom';
import { parse } from './helpers';

const isHappyDom = typeof (globalThis as { happyDOM?: unknown }).happyDOM !== 'undefined';

const options = (count: number, marked: (i: number) => string = () => '') =>
  Array.from({ length: count }, (_, i) => `<option value="${i}"${marked(i)}>Choice ${i}</option>`).join('');

describe('parsePage', () => {
  test.each([
    ['no option marked', `<select>${options(5)}</select>`],
    ['one marked', `<select>${options(5, (i) => (i === 3 ? ' selected' : ''))}</select>`],
    [
      'two marked: the last wins',
      `<select>${options(5, (i) => (i === 1 || i === 3 ? ' selected' : ''))}</select>`,
    ],
    ['the first disabled', `<select>${options(4, (i) => (i === 0 ? ' disabled' : ''))}</select>`],
    [
      'option groups',
      `<select><optgroup label="a">${options(3)}</optgroup><optgroup label="b">${options(2)}</optgroup></select>`,
    ],
    [
      'a list box',
      `<select size="4">${options(6)}</select><select multiple>${options(3, () => ' selected')}</select>`,
    ],
    ['no select at all', '<p>Plain <b>text</b>.</p>'],
  ])('%s: the same Document as the parser builds', (_, body) => {
    const html = `<!doctype html><html><head><title>t</title></head><body><form>${body}</form><p>after</p></body></html>`;
    const plain = parse(html);
    const page = parsePage(html);
    expect(page.documentElement.outerHTML).toBe(plain.documentElement.outerHTML);
    // Which option is selected follows the HTML standard's algorithm, run once: jsdom's incremental runs agree
    // with it; happy-dom's pick the option at the position of the count of marked ones (a quirk of its own),
    // which nothing the engine reads depends on.
    if (isHappyDom) return;
    const state = (doc: Document) =>
      [...doc.querySelectorAll('select')].map((s) =>
        [...s.querySelectorAll('option')].map((o) => o.selected),
      );
    expect(state(page)).toEqual(state(plain));
  });

  test('a menu of 20,000 options parses in linear time', () => {
    const started = performance.now();
    const doc = parsePage(`<html><body><select>${options(20_000)}</select></body></html>`);
    expect(doc.querySelectorAll('option')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(10_000);
    releasePage(doc);
    expect(doc.documentElement).toBeNull();
  });

  test('the change record sees every kind of change, and none where nothing changed', () => {
    const doc = parsePage('<html><body><div id="a" class="x"><p>one</p><p>two</p></div></body></html>');
    expect(changesMadeBy(doc, () => doc.querySelector('p')).changes).toEqual([]);
    const { changes } = changesMadeBy(doc, () => {
      doc.querySelector('p')!.remove();
      doc.getElementById('a')!.setAttribute('class', 'y');
      (doc.querySelector('p')!.firstChild as Text).data = 'three';
    });
    expect(changes).toEqual(['childList DIV', 'attributes DIV', 'characterData #text']);
    releasePage(doc);
  });
});
