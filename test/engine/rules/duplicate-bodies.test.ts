import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/cleaning/clean';
import { squash } from '../../../src/engine/text/fold';
import { occurrences, parse } from '../helpers';

const P = [
  'The city council voted on Tuesday night to close the old harbour bridge to cars from the start of next year.',
  'Engineers told the meeting that corrosion in the main cables had reached a point where heavy traffic was no longer safe.',
  'Cyclists and pedestrians will still be allowed to cross, and a shuttle bus will link the two banks every ten minutes.',
  'Local traders warned the closure would cost them customers, and asked the council for help with parking on the east side.',
  'The mayor said a replacement crossing was being designed and that construction could begin within three years.',
];
const body = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');

function cleaned(html: string): string {
  const doc = parse(
    `<!doctype html><html><body><h1>Harbour bridge to close to cars</h1>${html}</body></html>`,
  );
  clean(doc, { force: true, disabledRules: ['duplicate-headlines'] });
  return squash(doc.body.textContent ?? '');
}

function expectEachOnce(text: string): void {
  for (const p of P) expect(occurrences(text, p), p).toBe(1);
}

describe('duplicate-bodies', () => {
  test('four identical copies become one', () => {
    expectEachOnce(
      cleaned(`<div>${body(P)}</div><div>${body(P)}</div><div>${body(P)}</div><div>${body(P)}</div>`),
    );
  });

  test('copies equal after folding case, quotes, dashes and spacing are copies', () => {
    const variant = P.map((p) => p.toUpperCase().replace(/ /g, '  ').replace(/,/g, ' \u2014'));
    const text = cleaned(`<div>${body(P)}</div><div>${body(variant)}</div>`);
    expectEachOnce(text);
    expect(text).not.toContain(variant[0]!.replace(/ {2}/g, ' '));
  });

  test('a teaser of the first paragraphs ending in "Read more" goes, the full body stays', () => {
    const text = cleaned(
      `<div class="teaser">${body(P.slice(0, 2))}<a href="#full">Read more</a></div><div id="full">${body(P)}</div>`,
    );
    expectEachOnce(text);
    expect(text).not.toContain('Read more');
  });

  test('a teaser cut mid-sentence with an ellipsis is a copy', () => {
    const cut = `${P[0]} ${P[1]!.slice(0, 60)}…`;
    const text = cleaned(`<div class="summary"><p>${cut}</p></div><article>${body(P)}</article>`);
    expectEachOnce(text);
    expect(text).not.toContain('…');
  });

  test('a copy that splits the text into paragraphs differently is a copy', () => {
    const merged = `<p>${P.slice(0, 3).join(' ')}</p><p>${P.slice(3).join(' ')}</p>`;
    expectEachOnce(cleaned(`<div>${body(P)}</div><div>${merged}</div>`));
  });

  test('the most complete copy is kept even when a shorter one comes first', () => {
    const doc = parse(
      `<body><h1>T</h1><div id="short">${body(P.slice(0, 3))}</div><div id="full">${body(P)}</div></body>`,
    );
    clean(doc, { force: true });
    expect(doc.getElementById('short')).toBeNull();
    expect(doc.getElementById('full')?.querySelectorAll('p')).toHaveLength(5);
  });

  test.each([
    ['display:none', `<div style="display:none">${body(P)}</div>`],
    ['hidden attribute', `<div hidden>${body(P)}</div>`],
    ['aria-hidden', `<div aria-hidden="true">${body(P)}</div>`],
    ['noscript', `<noscript>${body(P)}</noscript>`],
    ['off-screen', `<div style="position:absolute;left:-9999px">${body(P)}</div>`],
  ])('a copy hidden by %s counts as a copy and the visible one stays', (_, hidden) => {
    const doc = parse(`<body><h1>T</h1>${hidden}<div id="visible">${body(P)}</div></body>`);
    clean(doc, { force: true });
    expect(doc.getElementById('visible')?.querySelectorAll('p')).toHaveLength(5);
    expectEachOnce(squash(doc.body.textContent ?? ''));
  });

  test('a paragraph that exists only once is kept, even in a collapsed box', () => {
    const extra = 'Only this box tells readers that the ferry timetable will also change in the spring.';
    const text = cleaned(
      `<div>${body(P)}</div><div>${body(P.slice(0, 2))}</div><div hidden class="more"><p>${extra}</p></div>`,
    );
    expectEachOnce(text);
    expect(occurrences(text, extra)).toBe(1);
  });

  test('a longer rendering with an extra sentence wins over the plain copy', () => {
    const embed = `${P.join(' ')} A post by the mayor on social media said the decision was hard but necessary.`;
    const text = cleaned(`<div>${body(P)}</div><div><p>${embed}</p></div>`);
    expect(occurrences(text, P[0]!)).toBe(1);
    expect(text).toContain('hard but necessary');
  });

  test('short repeated lines are not treated as copies', () => {
    const text = cleaned(`<div>${body(P)}</div><p>Stir well.</p><p>Stir well.</p>`);
    expect(occurrences(text, 'Stir well.')).toBe(2);
  });

  test('a long copy goes as one container, however many paragraphs it holds', () => {
    // One paragraph per line, as templates print them: the line breaks between paragraphs are not
    // leftover text, so a 300-paragraph copy is still a plain copy of the body.
    const many = Array.from(
      { length: 300 },
      (_, i) => `<p>Paragraph ${i} of the council report says the bridge closes.</p>`,
    );
    const doc = parse(
      `<body><h1>T</h1><div id="body">${many.join('\n')}</div><div id="copy">${many.join('\n')}</div></body>`,
    );
    const { removed } = clean(doc, { force: true });
    expect(removed.filter((r) => r.rule === 'duplicate-bodies').map((r) => r.reason)).toEqual([
      'repeated copy of the article body',
    ]);
    expect(doc.getElementById('copy')).toBeNull();
    expect(doc.getElementById('body')?.querySelectorAll('p')).toHaveLength(300);
  });
});
