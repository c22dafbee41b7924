// Typographic variants of one text: what two renderings of the same story differ by when one went through a
// CMS's "smart punctuation" and the other did not. Each variant is data: a pattern and its replacement.
import fc from 'fast-check';

const VARIANTS = {
  curlyApostrophe: [/(\p{L})'(\p{L})/gu, '$1\u2019$2'],
  curlyQuotes: [/"([^"]*)"/g, '\u201c$1\u201d'],
  germanQuotes: [/"([^"]*)"/g, '\u201e$1\u201c'],
  enDash: [/(\p{L})-(\p{L})/gu, '$1\u2013$2'],
  emDash: [/(\p{L})-(\p{L})/gu, '$1\u2014$2'],
  ellipsis: [/\.\.\./g, '\u2026'],
  nbsp: [/ (\p{L}{1,3}) /gu, '\u00a0$1\u00a0'],
  thinSpace: [/(\p{L}{6}) /gu, '$1\u2009'],
  zeroWidth: [/(\p{L}{3})(\p{L}{3})/gu, '$1\u200b$2'],
  softHyphen: [/(\p{L}{4})(\p{L}{4})/gu, '$1\u00ad$2'],
  ligature: [/fi/g, '\ufb01'],
  ligatureFl: [/fl/g, '\ufb02'],
} satisfies Record<string, [RegExp, string]>;

export type Variant = keyof typeof VARIANTS;

export const variants: fc.Arbitrary<Variant[]> = fc.subarray(Object.keys(VARIANTS) as Variant[], {
  minLength: 1,
});

export function typeset(text: string, chosen: readonly Variant[]): string {
  let out = text;
  for (const name of chosen) {
    const [pattern, replacement] = VARIANTS[name];
    out = out.replace(pattern, replacement);
  }
  return out;
}
