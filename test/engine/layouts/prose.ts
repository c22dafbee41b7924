// Prose in a page's language: sentences of 12-20 words that carry what typographic variants act on
// (apostrophes, quotes, hyphenated compounds, an ellipsis, "fi"/"fl"), so a variant copy really differs.
import fc from 'fast-check';
import type { Vocab } from './vocab';

/** A paragraph as its sentences: re-split copies regroup them. */
export type Paragraph = readonly string[];

export const text = (paragraph: Paragraph): string => paragraph.join(' ');

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function sentence(vocab: Vocab): fc.Arbitrary<string> {
  return fc
    .record({
      words: fc.array(fc.constantFrom(...vocab.words), { minLength: 12, maxLength: 20 }),
      apostrophe: fc.option(fc.constantFrom(...vocab.apostrophes), { nil: null }),
      compound: fc.option(fc.constantFrom(...vocab.compounds), { nil: null }),
      quote: fc.boolean(),
      ellipsis: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ words, apostrophe, compound, quote, ellipsis }) => {
      const out = [...words];
      if (apostrophe) out.splice(3, 0, apostrophe);
      if (compound) out.splice(7, 0, compound);
      if (quote) out.splice(5, 2, `"${out[5]} ${out[6]}"`);
      // Rarely, a trailing-off clause: "..." inside the sentence.
      if (ellipsis === 0) out[9] = `${out[9]}...`;
      return `${capital(out.join(' '))}.`;
    });
}

function paragraph(vocab: Vocab): fc.Arbitrary<Paragraph> {
  return fc.array(sentence(vocab), { minLength: 1, maxLength: 3 });
}

/**
 * 3-8 paragraphs of 400 characters or more in all (a story, not a brief: what issue 14 asks to be detected on
 * its repetition alone), no two alike (legitimate repeats are the ordinary twin's traps).
 */
export function body(vocab: Vocab): fc.Arbitrary<Paragraph[]> {
  return fc
    .uniqueArray(paragraph(vocab), { minLength: 3, maxLength: 8, selector: (p) => text(p).toLowerCase() })
    .filter((paragraphs) => paragraphs.reduce((n, p) => n + text(p).length, 0) >= 400);
}

/** A short headline-like line of 6-10 words. */
export function headline(vocab: Vocab): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...vocab.words), { minLength: 6, maxLength: 10 })
    .map((words) => capital(words.join(' ')));
}
