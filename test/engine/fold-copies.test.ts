// Copies of one body typed differently (straight or curly quotes, guillemets, dashes, the ellipsis, every
// space character, zero-width characters, soft hyphens, full-width forms, decomposed accents, case) are one
// body: detected as an aggregator page's repeated body, and cleaned to each paragraph once.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/cleaning/clean';
import { detect } from '../../src/engine/detection/detect';
import { fold, foldedSentences } from '../../src/engine/text/fold';
import { parse } from './helpers';

describe('fold', () => {
  test.each([
    ['It\u2019s', 'its'],
    ['It\u02bcs', 'its'],
    ['It`s', 'its'],
    ['It\u00b4s', 'its'],
    ['It\uff07s', 'its'],
    ['\u00abQuoted\u00bb', 'quoted'],
    ['\u201eQuoted\u201c', 'quoted'],
    ['\u2033Quoted\u2033', 'quoted'],
    ['co\u2011operation', 'co operation'],
    ['co-operation', 'co operation'],
    ['Kim\u2014the leader', 'kim the leader'],
    ['Kim \u2212 the leader', 'kim the leader'],
    ['wait\u2026', 'wait'],
    ['wait. . .', 'wait'],
    ['a\u00a0b\u2009c\u202fd\u3000e\u2002f', 'a b c d e f'],
    ['zero\u200bwidth\u200cjoin\u200dand\u2060joiner', 'zerowidthjoinandjoiner'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['bom\ufeffinside', 'bominside'],
    ['\u200eleft\u200f to right', 'left to right'],
    ['\uff26\uff55\uff4c\uff4c width', 'full width'],
    ['\ufb01nal', 'final'],
    ['cafe\u0301', 'caf\u00e9'],
    ['cafe\u200b\u0301', 'caf\u00e9'],
    ['SHOUTED Words', 'shouted words'],
  ])('%j -> %j', (input, output) => {
    expect(fold(input)).toBe(output);
  });

  test.each([
    ['He said \u201cstop.\u201d Then he left.', 'He said "stop." Then he left.'],
    ['He said \u00abstop.\u00bb Then he left.', 'He said "stop." Then he left.'],
    ['It ended\u2026 Then he left.', 'It ended... Then he left.'],
    ['It ended.\u200b Then he left.', 'It ended. Then he left.'],
    ['It ended.\u00a0Then he left.', 'It ended. Then he left.'],
    ['It ended\uff0e Then he left\uff01', 'It ended. Then he left!'],
  ])('%j splits into sentences as %j does', (a, b) => {
    expect(foldedSentences(a)).toEqual(foldedSentences(b));
    expect(foldedSentences(a)).toHaveLength(2);
  });
});

// The body is written with abstract marks; each copy types every mark its own way.
type Mark = 'apos' | 'open' | 'close' | 'dash' | 'hyphen' | 'ellipsis' | 'space';
type Piece = string | Mark;

const TYPED: Record<Mark, readonly string[]> = {
  apos: ["'", '\u2019', '\u02bc', '\u2018', '`', '\u00b4', '\u2032', '\uff07'],
  open: ['"', '\u201c', '\u201e', '\u00ab', '\u00ab\u00a0', '\u2033', '\uff02', '\u201d'],
  close: ['"', '\u201d', '\u201c', '\u00bb', '\u00a0\u00bb', '\u2033', '\uff02', '\u201d'],
  dash: [' - ', ' \u2013 ', ' \u2014 ', '\u2014', ' \u2212 ', ' -- ', '\u2015', '\u00a0\u2013 '],
  hyphen: ['-', '\u2010', '\u2011', '\u2012'],
  ellipsis: ['...', '\u2026', '. . .', '\uff0e\uff0e\uff0e'],
  space: [
    ' ',
    '\u00a0',
    '\u2009',
    '\u202f',
    '\u3000',
    '\u2002',
    '  ',
    ' \u200b',
    '\u200b ',
    ' \u2060',
    '\n ',
  ],
};
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const WORDS =
  'council river minister announced yesterday bridge harbour election farmers rainfall museum players budget schools railway hospital engineers festival winter judges market prices coastal storm officials residents library orchestra airport tunnel'.split(
    ' ',
  );
const ACCENTED = ['caf\u00e9', 'na\u00efve', 'r\u00e9sum\u00e9', 'fa\u00e7ade', 'office', 'fifteen'];

const clause = fc.array(fc.constantFrom(...WORDS, ...ACCENTED), { minLength: 5, maxLength: 8 });
const piece = fc.oneof(
  clause.map((words): Piece[] => words.flatMap((w, i) => (i ? ['space', w] : [w]))),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom('s', 't')).map(([w, s]): Piece[] => [w, 'apos', s]),
  clause.map((words): Piece[] => ['open', ...words.flatMap((w, i) => (i ? ['space', w] : [w])), 'close']),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]): Piece[] => [a, 'hyphen', b]),
  fc.constant<Piece[]>(['dash']),
);

/** A sentence of about 15–40 words (a news sentence, 100–250 characters); `id` keeps every sentence of a body distinct. */
const sentence = (id: number) =>
  fc
    .tuple(fc.array(piece, { minLength: 5, maxLength: 8 }), fc.constantFrom('.', '!', '?', 'ellipsis'))
    .map(([pieces, end]): Piece[] => {
      const body = pieces.flatMap((p, i) => (i && p[0] !== 'dash' ? ['space', ...p] : p));
      return ['Report', 'space', `${id}`, 'space', ...body, end];
    });

const paragraph = (p: number) =>
  fc
    .array(fc.nat(), { minLength: 2, maxLength: 3 })
    .chain((slots) =>
      fc
        .tuple(...slots.map((_, s) => sentence(p * 10 + s)))
        .map((sentences) => sentences.flatMap((s, i) => (i ? ['space', ...s] : s))),
    );

const body = fc
  .integer({ min: 3, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, p) => paragraph(p + 1))));

/** How one copy is typed: a stream of choices, and its case. */
const style = fc.record({
  choices: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
  letters: fc.constantFrom('as-is', 'upper', 'lower', 'full-width', 'decomposed'),
});
type Style = { choices: number[]; letters: string };

function typeCopy(paragraphs: readonly Piece[][], { choices, letters }: Style): string[] {
  let at = 0;
  const next = () => choices[at++ % choices.length]!;
  const word = (w: string): string => {
    let out = w;
    const invisible = next() % 5 === 0;
    if (invisible && out.length > 2) {
      const cut = 1 + (next() % (out.length - 1));
      out = out.slice(0, cut) + INVISIBLE[next() % INVISIBLE.length] + out.slice(cut);
    }
    if (letters === 'full-width' && next() % 3 === 0)
      out = out.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    if (letters === 'decomposed') out = out.normalize('NFD');
    if (out === 'office' && next() % 2) out = 'o\ufb03ce';
    return out;
  };
  return paragraphs.map((pieces) => {
    const text = pieces
      .map((p) => (p in TYPED ? TYPED[p as Mark][next() % TYPED[p as Mark].length]! : word(p)))
      .join('');
    return letters === 'upper' ? text.toUpperCase() : letters === 'lower' ? text.toLowerCase() : text;
  });
}

const canonical = (paragraphs: readonly Piece[][]) =>
  typeCopy(paragraphs, { choices: [0], letters: 'as-is' });

const HEADLINE = 'Council moves the river bridge budget to spring';

function page(copies: readonly string[][]): string {
  const rendered = copies
    .map((copy, i) => `<div class="copy-${i}">${copy.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>`)
    .join('\n');
  return `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>${rendered}</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return count;
}

describe('copies typed differently', () => {
  test('are detected and cleaned to each paragraph once', () => {
    fc.assert(
      fc.property(body, fc.array(style, { minLength: 2, maxLength: 3 }), (paragraphs, styles) => {
        const doc = parse(page(styles.map((s) => typeCopy(paragraphs, s))));
        const detection = detect(doc, { url: 'https://news.example.org/story' });
        expect(detection.signals.map((s) => s.name)).toContain('repeated-body');
        expect(detection.isAggregator).toBe(true);
        clean(doc, { url: 'https://news.example.org/story' });
        const left = [...doc.body.querySelectorAll('p')].map((p) => fold(p.textContent ?? ''));
        const text = ` ${left.join(' ')} `;
        for (const p of canonical(paragraphs)) expect(occurrences(text, ` ${fold(p)} `)).toBe(1);
      }),
      { numRuns: 200, seed: 14 },
    );
  }, 120_000);
});
