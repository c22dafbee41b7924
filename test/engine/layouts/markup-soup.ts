import type fc from 'fast-check';
import { attrsOf, classNames, type Markup, mediaPair, spliced } from './markup-kit';

/** div/span only, minted class names: no tag says what anything is. */
export const soupMarkup: fc.Arbitrary<Markup> = classNames.map(
  ([c0 = 'c0', c1 = 'c1', c2 = 'c2', c3 = 'c3', c4 = 'c4', c5 = 'c5', c6 = 'c6', c7 = 'c7']): Markup => {
    const divs = (items: readonly string[]) => items.map((t) => `<div class="${c1}">${t}</div>`).join('');
    const spans = (items: readonly string[]) => items.map((t) => `<span>${t}</span>`).join('');
    return {
      style: 'soup',
      head: '',
      title: (text) => `<div class="${c5}"><span>${text}</span></div>`,
      subtitle: (text) => `<div class="${c6}">${text}</div>`,
      line: (pieces) => `<div class="${c4}">${spans(pieces)}</div>`,
      copy: (paragraphs, setting) =>
        `<div${attrsOf(setting, c0)}>${spliced(paragraphs, divs, setting)}</div>`,
      block: (heading, items) =>
        `<div class="${c2}">${heading ? `<div class="${c3}"><span>${heading}</span></div>` : ''}${divs(items)}</div>`,
      quote: (text) => `<div class="${c3}"><span>${text}</span></div>`,
      cards: (heading, cards) =>
        `<div class="${c7}"><div class="${c3}">${heading}</div>${cards
          .map(
            (c) =>
              `<div class="${c2}"><a href="${c.href}"><span>${c.title}</span></a><div class="${c4}">${spans(c.meta)}</div></div>`,
          )
          .join('')}</div>`,
      image: (alt) => `<div class="${c2}"><img src="/img/missing.png" alt="${alt}"></div>`,
      responsive: mediaPair(`${c6}-m`, `${c6}-d`),
      wrap: (body) => `<div class="${c7}-root">${body}</div>`,
    };
  },
);
