// The body's renderings: 1-4 copies, at least one a reader sees in full (full, re-split, typographic or a
// responsive pair), the others anything an aggregator template prints (teaser, hidden, <noscript>, ...), in
// any order: the first copy in document order is not always the full one.
import fc from 'fast-check';
import { resplit, teaser } from './copy-shapes';
import type { Markup } from './markup';
import { type Paragraph, text } from './prose';
import { typeset, type Variant, variants } from './typography';

export const COPY_KINDS = [
  'full',
  'teaser',
  'hidden',
  'noscript',
  'responsive',
  'resplit',
  'typographic',
] as const;
type CopyKind = (typeof COPY_KINDS)[number];
const COMPLETE: readonly CopyKind[] = ['full', 'resplit', 'typographic', 'responsive'];
const HIDINGS = {
  hidden: 'hidden',
  display: 'style="display:none"',
  aria: 'aria-hidden="true"',
} as const;

export interface CopyPlan {
  kind: CopyKind;
  hiding: keyof typeof HIDINGS;
  teaser: { count: number; cut: boolean; more: boolean };
  /** Re-split: which sentence boundaries flip (a paragraph break becomes none, and the reverse). */
  flips: readonly boolean[];
  variants: readonly Variant[];
}

const plan = (kinds: readonly CopyKind[]): fc.Arbitrary<CopyPlan> =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    hiding: fc.constantFrom(...(Object.keys(HIDINGS) as (keyof typeof HIDINGS)[])),
    teaser: fc.record({ count: fc.integer({ min: 1, max: 2 }), cut: fc.boolean(), more: fc.boolean() }),
    flips: fc.array(fc.boolean(), { minLength: 17, maxLength: 17 }),
    variants,
  });

const renderings = (p: CopyPlan) => (p.kind === 'responsive' ? 2 : 1);

/** One complete copy and up to three others, four renderings at most. */
export const copyPlans: fc.Arbitrary<CopyPlan[]> = fc
  .tuple(plan(COMPLETE), fc.array(plan(COPY_KINDS), { maxLength: 3 }))
  .map(([main, others]) => {
    const out = [main];
    for (const other of others)
      if (out.reduce((n, p) => n + renderings(p), renderings(other)) <= 4) out.push(other);
    return out;
  });

export interface RenderedCopy {
  html: string;
  /** Text the copy adds that is no paragraph: it must go with the copy (a teaser's cut end, "Read more"). */
  junk: string[];
  renderings: number;
}

export function renderCopy(
  p: CopyPlan,
  body: readonly Paragraph[],
  m: Markup,
  readMore: string,
): RenderedCopy {
  const texts = body.map(text);
  const one = (html: string): RenderedCopy => ({ html, junk: [], renderings: 1 });
  switch (p.kind) {
    case 'full':
      return one(m.copy(texts, {}));
    case 'typographic':
      return one(
        m.copy(
          texts.map((t) => typeset(t, p.variants)),
          {},
        ),
      );
    case 'resplit':
      return one(m.copy(resplit(body, p.flips), {}));
    case 'hidden':
      return one(m.copy(texts, { attrs: HIDINGS[p.hiding] }));
    case 'noscript':
      return one(`<noscript>${m.copy(texts, {})}</noscript>`);
    case 'responsive':
      return {
        html: m.copy(texts, { cls: m.responsive.narrow }) + m.copy(texts, { cls: m.responsive.wide }),
        junk: [],
        renderings: 2,
      };
    case 'teaser':
      return teaser(p.teaser, texts, m, readMore);
  }
}
