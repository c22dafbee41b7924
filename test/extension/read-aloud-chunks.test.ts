import { describe, expect, test } from 'vitest';
import { chunkText, MAX_CHUNK } from '../../src/extension/read-aloud/chunks';

const sentence = (n: number) =>
  `Sentence number ${n} tells the reader one more thing about the council's plan.`;

describe('chunkText', () => {
  test.each([
    ['a short paragraph, whole', 'The council met on Monday.', ['The council met on Monday.']],
    ['an empty text, nothing', '', []],
    ['spaces alone, nothing', '   ', []],
  ])('%s', (_, text, pieces) => {
    expect(chunkText(text).map((chunk) => chunk.text)).toEqual(pieces);
  });

  test.each([
    ['sentences', Array.from({ length: 12 }, (_, i) => sentence(i)).join(' ')],
    [
      'one long sentence with commas',
      Array.from({ length: 20 }, (_, i) => `clause ${i} of the plan`).join(', '),
    ],
    ['one long sentence without commas', Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')],
    ['German', 'Der Deutsche Wetterdienst warnt vor Hitze. '.repeat(10)],
  ])(
    '%s: pieces of at most MAX_CHUNK characters, cut between words, that put the text back together',
    (_, text) => {
      const chunks = chunkText(text);
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
      for (const chunk of chunks) {
        expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK);
        expect(text.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text);
        // Never inside a word: a piece ends at a space or at the text's end.
        const end = chunk.start + chunk.text.length;
        expect(end === text.length || /\s/.test(text[end - 1]!)).toBe(true);
      }
    },
  );

  test('cuts after a sentence rather than after a comma', () => {
    const text = `${'a'.repeat(100)}. ${'b, '.repeat(40)}`;
    expect(chunkText(text)[0]!.text).toBe(`${'a'.repeat(100)}. `);
  });

  test('a word longer than the limit is spoken whole', () => {
    const long = 'x'.repeat(MAX_CHUNK + 20);
    expect(chunkText(`${long} end`).map((chunk) => chunk.text)).toEqual([`${long} `, 'end']);
  });
});
