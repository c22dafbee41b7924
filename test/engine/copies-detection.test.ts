// Detection that does not hang on phrasing (issue 14): a body the reader sees printed again in full decides
// alone (three prose paragraphs, or two of 400 characters, in the same order); a teaser of the story's first
// paragraphs ahead of it needs a second signal. Each with its false case: one paragraph printed again, copies
// only markup shows (hidden, <noscript>, a script's JSON state), one module the page inserted twice.
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/cleaning/clean';
import { detect } from '../../src/engine/detection/detect';
import { gate } from '../../src/engine/detection/gate';
import { weigh } from '../../src/engine/detection/signal-table';
import { repeatedBody } from '../../src/engine/detection/signals/repeated-body';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { fold } from '../../src/engine/text/fold';
import { parse } from './helpers';

const HEADLINE = 'Council moves the river bridge budget to spring';
const URL = 'https://news.example.org/2025/council-bridge-budget';

/** A sentence of about 100 characters, distinct per `i`. */
const sentence = (i: number, topic = 'bridge') =>
  `Report ${i} on the ${topic} says the council will decide on the matter at its meeting in week ${i + 3}.`;
/** Paragraphs of `per` sentences each. */
const story = (count: number, per = 1, topic = 'bridge') =>
  Array.from({ length: count }, (_, p) =>
    Array.from({ length: per }, (_, s) => sentence(p * 10 + s, topic)).join(' '),
  );
const ps = (texts: readonly string[]) => texts.map((t) => `<p>${t}</p>`).join('');
/** The first `words` words of a text, cut with an ellipsis as teasers are. */
const cut = (text: string, words: number) => `${text.split(' ').slice(0, words).join(' ')}\u2026`;

const H1 = `<h1>${HEADLINE}</h1>`;
const GLUED = '<div class="meta">The Advertiser3 days ago</div>';

function pageOf(body: string): Document {
  return parse(`<html><head><title>${HEADLINE}</title></head><body>${body}</body></html>`);
}
const weightOf = (body: string) => weigh(repeatedBody(collectBlocks(pageOf(body).body)))?.weight ?? 0;
const detected = (body: string) => detect(pageOf(body), { url: URL });

describe('a body printed again in full decides alone', () => {
  test.each([
    [
      'three short paragraphs (about 300 characters)',
      `${H1}${ps(story(3))}<div class="m">${ps(story(3))}</div>`,
    ],
    [
      'two paragraphs of over 400 characters',
      `${H1}${ps(story(2, 3))}<div class="m">${ps(story(2, 3))}</div>`,
    ],
    [
      'two paragraphs, the second copy in one paragraph (re-split)',
      `${H1}${ps(story(2, 3))}<div class="m"><p>${story(2, 3).join(' ')}</p></div>`,
    ],
    [
      'four paragraphs, the second copy split at other boundaries',
      `${H1}${ps(story(4, 2))}<div class="m">${ps([story(4, 2).slice(0, 2).join(' '), story(4, 2)[2]!, story(4, 2)[3]!])}</div>`,
    ],
    // The run holds the first occurrence, printed as two paragraphs; the other prints the same text as three.
    [
      'a legacy cell printed twice, the copies parted into paragraphs differently',
      `<table><tr><td>${story(3).slice(0, 2).join(' ')}<br><br>${story(3)[2]}</td></tr><tr><td>${story(3).join('<br><br>')}</td></tr></table>`,
    ],
    // aria-hidden keeps text from a screen reader, not from the eye.
    [
      'three short paragraphs and a copy hidden from screen readers only',
      `${H1}${ps(story(3))}<div aria-hidden="true">${ps(story(3))}</div>`,
    ],
  ])('%s', (_, body) => {
    expect(weightOf(body)).toBeGreaterThanOrEqual(4);
  });

  test.each([
    [
      'merged two by two',
      (t: string[]) => [t.slice(0, 2).join(' '), t.slice(2, 4).join(' '), t.slice(4).join(' ')],
    ],
    ['split sentence by sentence', (t: string[]) => t.flatMap((p) => p.split(/(?<=\.) /))],
  ])('re-split copies (%s) are cleaned to each sentence once', (_, resplit) => {
    const texts = story(6, 2);
    const doc = pageOf(`${H1}<div class="a">${ps(texts)}</div><div class="b">${ps(resplit(texts))}</div>`);
    expect(detect(doc, { url: URL }).isAggregator).toBe(true);
    clean(doc, { url: URL });
    const left = ` ${[...doc.body.querySelectorAll('p')].map((p) => fold(p.textContent ?? '')).join(' ')} `;
    for (const p of texts)
      for (const s of p.split(/(?<=\.) /)) expect(left.split(` ${fold(s)} `).length - 1).toBe(1);
  });

  test('six paragraphs printed twice with no other mark: the gate lets it by and detection decides', () => {
    const body = `${H1}${ps(story(6))}<div class="m">${ps(story(6))}</div>`;
    expect(gate(pageOf(body), { url: URL }).suspicious).toBe(true);
    const detection = detected(body);
    expect(detection.isAggregator).toBe(true);
    expect(detection.signals.map((s) => s.name)).toEqual(['repeated-body']);
  });
});

describe('what is not a full body printed again', () => {
  test.each([
    [
      'one long paragraph printed twice (a test page, a quote)',
      `${H1}<p>${story(1, 5).join('')}</p><p>${story(1, 5).join('')}</p>`,
    ],
    [
      'two paragraphs of over 400 characters and a hidden copy',
      `${H1}${ps(story(2, 3))}<div hidden>${ps(story(2, 3))}</div>`,
    ],
    [
      'three short paragraphs and a copy no reader sees',
      `${H1}${ps(story(3))}<div hidden>${ps(story(3))}</div>`,
    ],
    [
      'three paragraphs and a <noscript> copy',
      `${H1}${ps(story(3, 2))}<noscript>${ps(story(3, 2))}</noscript>`,
    ],
    [
      'one module inserted twice by the page (the same id twice)',
      `${H1}<div id="article-text">${ps(story(3))}</div><div id="article-text">${ps(story(3))}</div>`,
    ],
  ])('%s', (_, body) => {
    expect(weightOf(body)).toBeLessThan(4);
  });

  test('a script that holds the article as JSON state is not a copy the reader sees', () => {
    const next = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { body: story(6, 2) } })}</script>`;
    const body = `${H1}${ps(story(6, 2))}${next}`;
    expect(gate(pageOf(body), { url: URL }).suspicious).toBe(false);
    expect(detected(body).isAggregator).toBe(false);
  });
});

describe('a leading teaser counts when a second signal agrees', () => {
  const full = story(5, 3);
  const article = `<article id="full">${ps(full)}</article>`;
  const sentencesLeft = (doc: Document) => {
    const left = ` ${fold(doc.body.textContent ?? '')} `;
    return full.flatMap((p) => p.split(/(?<=\.) /)).map((s) => left.split(fold(s)).length - 1);
  };
  const plain = [
    ['the first two paragraphs, whole', `<div class="teaser">${ps(full.slice(0, 2))}</div>${article}`],
  ] as const;
  // A teaser cut short or closed by a call to action is a card of the story: printed beside the story itself,
  // it is an aggregator's template.
  const cards = [
    ['the first paragraph cut with "…"', `<div class="teaser"><p>${cut(full[0]!, 45)}</p></div>${article}`],
    [
      'the first paragraph, closed by "Read more"',
      `<div class="teaser"><p>${full[0]}</p><a href="#full">Read more</a></div>${article}`,
    ],
    // The stub is printed again in full in the story: the teaser does not go on with prose of its own.
    [
      'the first paragraph, then the second cut with "…" after its first sentence',
      `<div class="teaser">${ps([full[0]!, cut(full[1]!, 19)])}</div>${article}`,
    ],
    // The stub is too short to be read as a paragraph: it is still the cut opening of the story's next one.
    [
      'the first paragraph, then a short stub of the second cut with "…"',
      `<div class="teaser">${ps([full[0]!, cut(full[1]!, 8)])}</div>${article}`,
    ],
    [
      'the first paragraph, its last sentence cut after one word',
      `<div class="teaser"><p>${full[0]} ${cut(full[1]!, 1)}</p></div>${article}`,
    ],
    // Each teaser is its own occurrence: the first, whole, does not hide that the second is a card.
    [
      'a plain teaser, then a teaser cut with "…"',
      `<div class="teaser">${ps(full.slice(0, 2))}</div><div class="teaser">${ps([full[0]!, cut(full[1]!, 8)])}</div>${article}`,
    ],
    // The story goes on inside its one block, past the text the teaser repeats.
    [
      'a legacy table printing the story as one block',
      `<table><tr><td>${full[0]}<br><br>${cut(full[1]!, 12)}</td></tr><tr><td>${full.join('<br><br>')}</td></tr></table>`,
    ],
  ] as const;

  test.each(plain)('%s weighs less than a full copy, and something', (_, page) => {
    const weight = weightOf(`${H1}${page}`);
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(4);
  });

  test.each(plain)('%s, with a glued outlet label: detected and cleaned', (_, page) => {
    const body = `${H1}${GLUED}${page}`;
    expect(detected(body).isAggregator).toBe(true);
    const doc = pageOf(body);
    clean(doc, { url: URL });
    expect(sentencesLeft(doc).every((n) => n === 1)).toBe(true);
  });

  test.each(cards)('%s: a card of the story, detected alone and cleaned', (_, page) => {
    const body = `${H1}${page}`;
    expect(detected(body)).toMatchObject({ isAggregator: true, signals: [{ name: 'repeated-body' }] });
    const doc = pageOf(body);
    clean(doc, { url: URL });
    expect(sentencesLeft(doc).every((n) => n === 1)).toBe(true);
  });

  test('a paragraph after the teaser that is no call to action leaves it a plain teaser', () => {
    const note = '<p class="note">Photographs by the council press office, used with permission.</p>';
    expect(weightOf(`${H1}<div class="teaser"><p>${full[0]}</p>${note}</div>${article}`)).toBe(2.5);
  });

  test('a <noscript> copy of the story does not hide the prose the story goes on with', () => {
    const short = story(2, 2);
    const teaser = `<div class="teaser"><p>${short[0]} ${cut(short[1]!, 6)}</p></div>`;
    const page = `${teaser}<article>${ps(short)}</article><noscript>${ps(short)}</noscript>`;
    expect(weightOf(`${H1}${page}`)).toBe(4);
  });

  test('a line cut with "…" after the teaser that opens no paragraph of the story leaves it a plain teaser', () => {
    const note = '<p class="note">Loading the latest comments from readers…</p>';
    expect(weightOf(`${H1}<div class="teaser"><p>${full[0]}</p>${note}</div>${article}`)).toBe(2.5);
  });

  test('a standfirst repeating the lede under a headline printed twice is no aggregator page', () => {
    const body = `${H1}<h2>${HEADLINE}</h2><p class="standfirst">${full[0]}</p><article>${ps(full)}</article>`;
    expect(detected(body).isAggregator).toBe(false);
  });

  test('the lede printed again after the story (a rail) is no teaser', () => {
    expect(weightOf(`${H1}<article>${ps(full)}</article><aside class="x"><p>${full[0]}</p></aside>`)).toBe(0);
  });
});
