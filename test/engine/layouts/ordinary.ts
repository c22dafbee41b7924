// The ordinary twin: a publisher's own article page in the same markup styles and languages, with the traps
// real pages have (ordinary-traps.ts), a pull quote repeating a sentence and dates in the text. Never an
// aggregator page, never changed by cleaning.
import fc from 'fast-check';
import { markup } from './markup';
import { TRAPS, trapBlocks, trapContent } from './ordinary-traps';
import { body, headline, text } from './prose';
import { hostOf, inOrder, pageHtml, slugOf } from './shell';
import type { LayoutPage } from './truth';
import { VOCABS } from './vocab';

const SITES = [
  'Riverside Gazette',
  'Harbour Times',
  'Nordkurier Online',
  'Le Petit Courrier',
  'Diario del Valle',
];

export { TRAPS };

export const ordinaryPage: fc.Arbitrary<LayoutPage> = fc
  .record({ vocab: fc.constantFrom(...VOCABS), m: markup, site: fc.constantFrom(...SITES) })
  .chain(({ vocab, m, site }) =>
    fc
      .record({
        title: headline(vocab),
        body: body(vocab),
        author: fc.constantFrom(...vocab.people),
        date: fc.constantFrom(...vocab.times.named),
        traps: fc.subarray([...TRAPS], { minLength: 1 }),
        quoteAt: fc.nat(),
        content: trapContent(vocab),
        order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
      })
      .map((g): LayoutPage => {
        const o = vocab.ordinary;
        const texts = g.body.map(text);
        if (g.traps.includes('dated')) texts.splice(1, 0, o.dated.replace('{date}', g.date));
        // A pull quote prints one of the story's sentences again, in quotes, set apart among the paragraphs.
        const quoted = g.body[g.quoteAt % g.body.length]?.[0] ?? '';
        const setting = g.traps.includes('pullquote')
          ? { inside: { at: Math.min(2, texts.length), html: m.quote(`\u201c${quoted}\u201d`) } }
          : {};
        const around = inOrder(trapBlocks(g.traps, vocab, m, g.author, g.content), g.order);
        const inner = `${m.title(g.title)}${m.line([`${o.by} ${g.author}`])}${m.line([g.date])}${m.copy(texts, setting)}${around.join('\n')}`;
        return {
          html: pageHtml({
            lang: vocab.lang,
            title: g.title,
            site,
            head: m.head,
            body: m.wrap(inner, g.title, texts),
          }),
          url: `https://${hostOf(site)}/${(o.categories[0] ?? 'news').toLowerCase()}/${slugOf(g.title)}`,
          lang: vocab.lang,
          title: g.title,
          outlet: site,
          paragraphs: texts,
          forms: texts.map((t) => [t]),
          junk: [],
          extractJunk: [],
          copies: 1,
          dims: [`style:${m.style}`, `lang:${vocab.lang}`, ...g.traps.map((t) => `trap:${t}`)],
        };
      }),
  );
