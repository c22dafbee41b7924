import { describe, expect, test } from 'vitest';
import { rangeIn, readingSegments, wordLength } from '../../src/extension/read-aloud/segments';

function view(body: string): Document {
  document.body.innerHTML = `<article id="article"><p class="outlet">The Advertiser</p><h1 id="title">Council approves budget</h1>
  <p class="meta">3 days ago</p><div id="body">${body}</div></article>
  <section id="related"><h2>Related stories</h2><ul><li>Another story</li></ul></section>`;
  return document;
}

describe('readingSegments', () => {
  test('the title, then the body’s blocks in order; not the outlet, the meta line or the related stories', () => {
    const doc = view(
      '<p>First.</p><h2>A heading</h2><ul><li>One</li><li><p>Two</p></li></ul><blockquote><p>Quoted.</p></blockquote>',
    );
    expect(readingSegments(doc).map((segment) => segment.text)).toEqual([
      'Council approves budget',
      'First.',
      'A heading',
      'One',
      'Two',
      'Quoted.',
    ]);
  });

  test('skips empty blocks and hidden ones', () => {
    const doc = view(
      '<p>Shown.</p><p>  </p><p hidden>Hidden.</p><figure hidden><figcaption>A chart</figcaption></figure>',
    );
    expect(readingSegments(doc).map((segment) => segment.text)).toEqual([
      'Council approves budget',
      'Shown.',
    ]);
  });

  test('a body of bare text is one paragraph', () => {
    expect(readingSegments(view('Just text.')).map((segment) => segment.text)).toEqual([
      'Council approves budget',
      'Just text.',
    ]);
  });
});

describe('rangeIn', () => {
  test.each([
    [0, 5, 'The c'],
    [4, 11, 'council'],
    [12, 21, 'met on Mo'],
    [19, 26, 'Monday.'],
  ])('offsets %i to %i, across the block’s text nodes, are %j', (start, end, text) => {
    const doc = view('<p>The <b>council</b> met on <i>Monday</i>.</p>');
    const paragraph = doc.querySelector('#body p') as HTMLElement;
    expect(rangeIn(paragraph, start, end)?.toString()).toBe(text);
  });

  test('past the end: null', () => {
    const doc = view('<p>Short.</p>');
    expect(rangeIn(doc.querySelector('#body p') as HTMLElement, 3, 40)).toBeNull();
  });
});

test.each([
  ['The council met', 4, 7],
  ['The council met', 12, 3],
  ['ends here', 9, 0],
])('wordLength(%j, %i) is %i', (text, at, length) => {
  expect(wordLength(text, at)).toBe(length);
});
