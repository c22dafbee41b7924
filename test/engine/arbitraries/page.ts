// Whole generated pages: a real article (so there is prose to keep), in 1-4 copies like an aggregator,
// surrounded by random malformed markup, promo blocks and frames; plus degenerate documents.
import fc from 'fast-check';
import { fragment } from './html';
import { aggregatorText, paragraph, sentence } from './words';

interface GeneratedPage {
  html: string;
  /** Paragraphs placed in plain containers: cleaning must keep at least one copy of the page's text. */
  prose: string[];
}

const HOLDERS = ['div', 'section', 'article', 'main', 'td'];

// Body text equal to the title is read as a repeated headline once the blocks around it are gone, on a
// second pass (a known limit of duplicate-headlines): the title's first word is never a prose word.
const article = fc.record({
  title: sentence.map((s) => `Update: ${s}`),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 4 }),
  copies: fc.integer({ min: 1, max: 3 }),
  holder: fc.constantFrom(...HOLDERS),
  hideCopies: fc.boolean(),
  label: fc.option(aggregatorText, { nil: null }),
});

const page = fc
  .record({
    article,
    before: fragment,
    between: fragment,
    after: fragment,
    promo: fc.array(aggregatorText, { maxLength: 4 }),
    frames: fc.constantFrom(
      '',
      '<iframe srcdoc="<p>framed</p>"></iframe>',
      '<frameset><frame src="/a"></frameset>',
    ),
    doctype: fc.constantFrom('<!DOCTYPE html>', '', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'),
  })
  .map(({ article: a, before, between, after, promo, frames, doctype }): GeneratedPage => {
    const body = a.paragraphs.map((p) => `<p>${p}</p>`).join('');
    const copies = Array.from({ length: a.copies }, (_, i) => {
      const hidden = i > 0 && a.hideCopies ? ' style="display:none"' : '';
      return `<${a.holder}${hidden}>${body}</${a.holder}>`;
    }).join(between);
    const heading = `<h1>${a.title}</h1><h2>${a.title}</h2>${a.label ? `<div>${a.label}</div>` : ''}`;
    const promos = promo.map((line) => `<div>${line}</div>`).join('');
    const html = `${doctype}<html><head><title>${a.title}</title></head><body>${before}${heading}${copies}${promos}${after}${frames}</body></html>`;
    return { html, prose: a.paragraphs };
  });

/** Documents with nothing, or nothing usual, in them. */
const degenerate = fc
  .oneof(
    fc.constant(''),
    fc.constant('<html></html>'),
    fc.constant('<body></body>'),
    fc.constant('<frameset><frame src="a.html"><frame src="b.html"></frameset>'),
    fc.constant('<html><head><title>t</title></head></html>'),
    fragment,
  )
  .map((html): GeneratedPage => ({ html, prose: [] }));

export const generatedPage = fc.oneof({ weight: 3, arbitrary: page }, { weight: 1, arbitrary: degenerate });
