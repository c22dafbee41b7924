import type fc from 'fast-check';
import { attrsOf, classNames, type Markup, mediaPair, spliced } from './markup-kit';

const row = (cell: string) => `<tr><td>${cell}</td></tr>`;

/** A 2000s portal: td layout, font tags, paragraphs split by <br><br>. */
export const tableMarkup: fc.Arbitrary<Markup> = classNames.map(
  ([a = 'a', b = 'b']): Markup => ({
    style: 'table',
    head: '',
    title: (text) => `<table width="100%">${row(`<font size="5"><b>${text}</b></font>`)}</table>`,
    subtitle: (text) => `<table>${row(`<font size="4">${text}</font>`)}</table>`,
    line: (pieces) => `<table>${row(`<font size="1" color="#666">${pieces.join('')}</font>`)}</table>`,
    copy: (paragraphs, setting) =>
      `<table width="600"${attrsOf(setting)}>${row(`<font face="Arial" size="2">${spliced(paragraphs, (items) => items.join('<br><br>'), setting)}</font>`)}</table>`,
    block: (heading, items) =>
      `<table border="0">${row(`${heading ? `<b>${heading}</b><br>` : ''}${items.join('<br>')}`)}</table>`,
    quote: (text) => `<br><br><i><font size="4">${text}</font></i><br><br>`,
    cards: (heading, cards) =>
      `<table>${row(`<b>${heading}</b>`)}${cards
        .map((c) => row(`<a href="${c.href}">${c.title}</a><br><font size="1">${c.meta.join('')}</font>`))
        .join('')}</table>`,
    image: (alt) => `<table>${row(`<img src="/img/missing.gif" alt="${alt}" width="300">`)}</table>`,
    responsive: mediaPair(a, b),
    wrap: (body) => `<center><table width="780"><tr><td>${body}</td></tr></table></center>`,
  }),
);
