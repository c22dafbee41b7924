// Blocks around the story, in the page's language: promos (which must go from the page and the article),
// attribution lines (likewise), and lists of other stories (related, coverage, videos, recommendations),
// which may stay on the page but must not leak into the extracted article.
import fc from 'fast-check';
import { label } from './labels';
import type { Card, Markup } from './markup';
import { headline } from './prose';
import type { Vocab } from './vocab';

const BLOCK_KINDS = [
  'app',
  'ai',
  'newsletter',
  'sponsored',
  'comments',
  'alt',
  'related',
  'attribution',
  'coverage',
  'videos',
  'recommended',
] as const;
type BlockKind = (typeof BLOCK_KINDS)[number];

export interface BlockContext {
  vocab: Vocab;
  markup: Markup;
  site: string;
  outlet: string;
}

export interface RenderedBlock {
  kind: BlockKind;
  html: string;
  /** Gone from the cleaned page and the article. */
  junk: string[];
  /** Gone from the article. */
  extractJunk: string[];
}

const fill = (line: string, values: Record<string, string>) =>
  line.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);

const slug = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');

/** 2-4 cards of other stories, drawing on at least two outlets. */
function cards(c: BlockContext, withTime: boolean): fc.Arbitrary<Card[]> {
  const { vocab } = c;
  return fc
    .uniqueArray(fc.constantFrom(...vocab.outlets), { minLength: 2, maxLength: 4 })
    .chain((outlets) =>
      fc.tuple(...outlets.map((outlet) => fc.tuple(headline(vocab), label(vocab, outlet), fc.nat(9999)))),
    )
    .map((items) =>
      items.map(([title, l, id]) => ({
        title,
        href: `/news/${slug(title)}-${id.toString(16)}?utm_source=rail`,
        meta: withTime ? l.pieces : [l.pieces[0] ?? ''],
      })),
    );
}

const storyList = (c: BlockContext, kind: BlockKind, headings: readonly string[], withTime = true) =>
  fc.tuple(fc.constantFrom(...headings), cards(c, withTime)).map(
    ([heading, list]): RenderedBlock => ({
      kind,
      html: c.markup.cards(heading, list),
      junk: [],
      extractJunk: [heading, ...list.map((card) => card.title)],
    }),
  );

function promo(c: BlockContext, kind: 'app' | 'ai' | 'newsletter' | 'sponsored' | 'comments') {
  return fc.constantFrom(...c.vocab.promos[kind]).map((lines): RenderedBlock => {
    const filled = lines.map((line) => fill(line, { site: c.site }));
    const [first = '', ...rest] = filled;
    const html = rest.length > 0 ? c.markup.block(first, rest) : c.markup.block(null, filled);
    return { kind, html, junk: filled, extractJunk: [] };
  });
}

function block(c: BlockContext, kind: BlockKind): fc.Arbitrary<RenderedBlock> {
  const { vocab, markup } = c;
  switch (kind) {
    case 'app':
    case 'ai':
    case 'newsletter':
    case 'sponsored':
    case 'comments':
      return promo(c, kind);
    case 'alt':
      return fc
        .constantFrom(...vocab.alts)
        .map((alt) => ({ kind, html: markup.image(alt), junk: [alt], extractJunk: [] }));
    case 'attribution':
      return fc
        .tuple(fc.constantFrom(...vocab.attribution), fc.constantFrom(...vocab.people))
        .map(([line, name]) => {
          const filled = fill(line, { outlet: c.outlet, name });
          return { kind, html: markup.block(null, [filled]), junk: [filled], extractJunk: [] };
        });
    case 'related':
      return storyList(c, kind, vocab.related);
    case 'coverage':
      return storyList(c, kind, vocab.coverage, false).map((b) => ({ ...b, junk: [b.extractJunk[0] ?? ''] }));
    case 'videos':
      return storyList(c, kind, vocab.videos);
    case 'recommended':
      return storyList(c, kind, vocab.recommended);
  }
}

/** 1-5 blocks of any kinds. */
export function blocks(c: BlockContext): fc.Arbitrary<RenderedBlock[]> {
  return fc
    .array(fc.constantFrom(...BLOCK_KINDS), { minLength: 1, maxLength: 5 })
    .chain((kinds) => fc.tuple(...kinds.map((kind) => block(c, kind))));
}
