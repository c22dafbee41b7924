import type fc from 'fast-check';
import { attrsOf, classNames, type Markup, mediaPair, spliced } from './markup-kit';

const lines = (items: readonly string[]) => items.map((line) => `<p>${line}</p>`).join('');

/** article/section/p, headings, lists: what a well-built CMS prints. */
export const semanticMarkup: fc.Arbitrary<Markup> = classNames.map(
  ([a = 'a', b = 'b']): Markup => ({
    style: 'semantic',
    head: '',
    title: (text) => `<header><h1>${text}</h1></header>`,
    subtitle: (text) => `<h2>${text}</h2>`,
    line: (pieces) => `<div class="byline">${pieces.map((p) => `<span>${p}</span>`).join('')}</div>`,
    copy: (paragraphs, setting) =>
      `<article${attrsOf(setting)}><section>${spliced(paragraphs, lines, setting)}</section></article>`,
    block: (heading, items) => `<aside>${heading ? `<h3>${heading}</h3>` : ''}${lines(items)}</aside>`,
    quote: (text) => `<blockquote class="pullquote"><p>${text}</p></blockquote>`,
    cards: (heading, cards) =>
      `<section><h2>${heading}</h2><ul>${cards
        .map(
          (c) =>
            `<li><a href="${c.href}">${c.title}</a><p>${c.meta.map((m) => `<span>${m}</span>`).join('')}</p></li>`,
        )
        .join('')}</ul></section>`,
    image: (alt) => `<figure><img src="/img/missing.jpg" alt="${alt}"></figure>`,
    responsive: mediaPair(a, b),
    wrap: (body) => `<main>${body}</main>`,
  }),
);
