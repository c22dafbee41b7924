// The blocks around an ordinary article that look like an aggregator's and are not: commenters' glued
// times, the site's own related list with category labels, a consent dialog's vendor table, a newsletter
// box, an author bio, a caption, a "Read more" link.
import fc from 'fast-check';
import { timeText } from './labels';
import type { Markup } from './markup';
import { headline, sentence } from './prose';
import type { Vocab } from './vocab';

export const TRAPS = [
  'pullquote',
  'comments',
  'own-related',
  'cookies',
  'newsletter',
  'bio',
  'caption',
  'read-more',
  'dated',
] as const;
export type Trap = (typeof TRAPS)[number];

const VENDORS = [
  'Google Advertising Products',
  'Xandr, Inc.',
  'Index Exchange',
  'Magnite, Inc.',
  'The Trade Desk',
];

export function trapContent(v: Vocab) {
  return fc.record({
    comments: fc.array(
      fc.record({
        name: fc.constantFrom(...v.people),
        time: timeText(v),
        glued: fc.boolean(),
        says: sentence(v),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    cards: fc.array(
      fc.record({
        title: headline(v),
        category: fc.constantFrom(...v.ordinary.categories),
        time: timeText(v),
        id: fc.nat(9999),
      }),
      { minLength: 2, maxLength: 5 },
    ),
    readMore: fc.constantFrom(...v.readMore),
  });
}

type Content = ReturnType<typeof trapContent> extends fc.Arbitrary<infer C> ? C : never;

/** The chosen traps' blocks (the ones that sit around the article, not in it). */
export function trapBlocks(
  traps: readonly Trap[],
  v: Vocab,
  m: Markup,
  author: string,
  c: Content,
): string[] {
  const o = v.ordinary;
  const out: string[] = [];
  for (const trap of traps) {
    if (trap === 'comments')
      out.push(
        m.block(
          o.comments,
          c.comments.flatMap((x) => [
            x.glued ? `${x.name}${x.time.text}` : `${x.name} · ${x.time.text}`,
            x.says,
          ]),
        ),
      );
    if (trap === 'own-related')
      out.push(
        m.cards(
          v.related[0] ?? '',
          c.cards.map((x) => ({
            title: x.title,
            href: `/${x.category.toLowerCase()}/${x.id}`,
            meta: [x.category, x.time.text],
          })),
        ),
      );
    // Consent dialogs list vendors in a table, each row repeating one of a few purposes.
    if (trap === 'cookies')
      out.push(
        `<div role="dialog"><h3>${o.cookieHeading}</h3><table>${VENDORS.map((name, i) => `<tr><td>${name}</td><td>${o.purposes[i % o.purposes.length] ?? ''}</td></tr>`).join('')}</table></div>`,
      );
    if (trap === 'newsletter') out.push(m.block(o.newsletter[0] ?? '', o.newsletter.slice(1)));
    if (trap === 'bio') out.push(m.block(null, [o.bio.replace('{name}', author)]));
    if (trap === 'caption') out.push(m.image('') + m.block(null, [o.caption.replace('{name}', author)]));
    if (trap === 'read-more') out.push(m.line([c.readMore]));
  }
  return out;
}
