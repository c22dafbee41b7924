// clean() given a layout (EngineOptions.rendered, as the content script passes): a copy is removed only when it
// is on screen beside another copy that stays; a copy not rendered now stays, since a stylesheet may show it at
// another window width. And with or without a layout, a paragraph that exists once is never removed.
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine';
import type { Rendered } from '../../src/engine/core/types';
import { parse } from './helpers';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old river bridge to cars from the first of next month onwards.',
  'Engineers found cracks in two of the three arches during an inspection that had been planned for years.',
  'Buses will take a detour through the market square, adding about ten minutes to each journey in the town.',
  'The mayor said repairs would start in the spring and that the bridge would open again before the winter.',
];
const body = (cls: string, paragraphs = PARAGRAPHS) =>
  `<div class="${cls}">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;
const EPILOGUE = [
  'Residents of the old town have started a petition asking for a temporary footbridge to be built meanwhile.',
  'The last major repair of the bridge, in 1987, took eleven months and was finished well over its budget.',
];
const url = 'https://www.daily8.com/news/bridge';

function page(inner: string): Document {
  return parse(
    `<!doctype html><html><head><title>Council closes the river bridge</title></head><body><h1>Council closes the river bridge</h1>${inner}</body></html>`,
  );
}

/** A layout in which elements inside a container with one of these classes are not rendered. */
function layoutHiding(...classes: string[]): Rendered {
  return (element) => !classes.some((cls) => element.closest(`.${cls}`));
}

const count = (doc: Document, text: string) => (doc.body.textContent ?? '').split(text).length - 1;
const copiesLeft = (doc: Document) => PARAGRAPHS.map((p) => count(doc, p));

describe('clean() with a layout', () => {
  test.each([
    {
      name: 'a responsive pair, the narrow copy on screen: both stay',
      html: body('narrow') + body('wide'),
      hidden: ['wide'],
      left: 2,
    },
    {
      name: 'a responsive pair, the wide copy on screen: both stay',
      html: body('narrow') + body('wide'),
      hidden: ['narrow'],
      left: 2,
    },
    { name: 'two copies on screen: one goes', html: body('one') + body('two'), hidden: [], left: 1 },
    {
      name: 'three copies, two on screen: one of those goes, the hidden one stays',
      html: body('one') + body('two') + body('print'),
      hidden: ['print'],
      left: 2,
    },
  ])('$name', ({ html, hidden, left }) => {
    const doc = page(html);
    const result = clean(doc, { url, force: true, rendered: layoutHiding(...hidden) });
    expect(copiesLeft(doc)).toEqual(PARAGRAPHS.map(() => left));
    // Every paragraph is still in a copy the layout shows.
    const shown = [...doc.querySelectorAll('p')].filter((p) => layoutHiding(...hidden)(p));
    for (const paragraph of PARAGRAPHS)
      expect(
        shown.filter((p) => p.textContent === paragraph),
        paragraph,
      ).toHaveLength(1);
    expect(result.cleaned).toBe(true);
  });

  test('without a layout the markup decides: the copy marked for wide screens stays, the mobile one goes', () => {
    const doc = page(body('lg:hidden') + body('hidden lg:block'));
    clean(doc, { url, force: true });
    expect(copiesLeft(doc)).toEqual(PARAGRAPHS.map(() => 1));
    expect(doc.querySelector('.lg\\:hidden')).toBeNull();
  });

  test('a repeated headline goes only when another copy of it is on screen', () => {
    const html = `<h2 class="mobile">Council closes the river bridge</h2>${body('one')}${body('two')}`;
    const hidden = page(html);
    clean(hidden, { url, force: true, rendered: layoutHiding('mobile') });
    expect(hidden.querySelector('h2')).not.toBeNull();
    const shown = page(html);
    clean(shown, { url, force: true, rendered: layoutHiding() });
    expect(shown.querySelector('h2')).toBeNull();
  });
});

describe('a paragraph that exists once is never removed with a copy', () => {
  test.each([
    {
      name: 'a short unique answer between the repeated paragraphs of a transcript copy',
      copy: `<div class="transcript">${PARAGRAPHS.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}<p>No, it was not.</p>${PARAGRAPHS.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`,
      unique: 'No, it was not.',
    },
    {
      name: 'a short sentence after the copy inside its container',
      copy: `<div class="copy">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>The fire is out.</p></div>`,
      unique: 'The fire is out.',
    },
  ])('$name', ({ copy, unique }) => {
    // The story's own copy is the more complete one, so it stays and the copy holding the unique line goes.
    const story = body('story', [...PARAGRAPHS, ...EPILOGUE]);
    for (const rendered of [undefined, layoutHiding()]) {
      const doc = page(story + copy);
      clean(doc, { url, force: true, ...(rendered ? { rendered } : {}) });
      expect(count(doc, unique)).toBe(1);
      expect(copiesLeft(doc)).toEqual(PARAGRAPHS.map(() => 1));
    }
  });

  test('leftovers that are labels still go with their (hidden) copy', () => {
    const doc = page(
      `${body('story')}<div class="copy" hidden>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>Read more</p><p>3 days ago</p></div>`,
    );
    clean(doc, { url, force: true });
    expect(doc.querySelector('.copy')).toBeNull();
  });
});
