import type fc from 'fast-check';
import { attrsOf, classNames, type Markup, mediaPair, spliced } from './markup-kit';

// Custom elements render inline unless styled: the page's own stylesheet makes them blocks, as real ones do.
const BLOCKS =
  'story-title,story-body,x-para,pull-quote,promo-card,card-title,related-rail,rail-title,story-card,card-meta';
const paras = (items: readonly string[]) => items.map((t) => `<x-para>${t}</x-para>`).join('');

/** Custom elements in light DOM (MSN-like). Declarative shadow DOM is left out: see layouts.test.ts. */
export const customMarkup: fc.Arbitrary<Markup> = classNames.map(
  ([a = 'a', b = 'b']): Markup => ({
    style: 'custom',
    head: `<style>${BLOCKS}{display:block}</style>`,
    title: (text) => `<story-title><h1>${text}</h1></story-title>`,
    subtitle: (text) => `<story-title><x-para>${text}</x-para></story-title>`,
    line: (pieces) => `<card-meta>${pieces.map((p) => `<span>${p}</span>`).join('')}</card-meta>`,
    copy: (paragraphs, setting) =>
      `<story-body${attrsOf(setting)}>${spliced(paragraphs, paras, setting)}</story-body>`,
    block: (heading, items) =>
      `<promo-card>${heading ? `<card-title>${heading}</card-title>` : ''}${paras(items)}</promo-card>`,
    quote: (text) => `<pull-quote>${text}</pull-quote>`,
    cards: (heading, cards) =>
      `<related-rail><rail-title>${heading}</rail-title>${cards
        .map(
          (c) =>
            `<story-card><a href="${c.href}">${c.title}</a><card-meta>${c.meta.map((m) => `<span>${m}</span>`).join('')}</card-meta></story-card>`,
        )
        .join('')}</related-rail>`,
    image: (alt) => `<promo-card><img src="/img/missing.jpg" alt="${alt}"></promo-card>`,
    responsive: mediaPair(a, b),
    wrap: (body) => `<x-app>${body}</x-app>`,
  }),
);
