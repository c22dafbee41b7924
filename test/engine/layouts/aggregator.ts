// Aggregator pages combining, independently, a markup style, 1-4 copies of the body, an outlet/time label,
// blocks around the story and the order of all of these, in one of the vocabulary's languages.
import fc from 'fast-check';
import { type BlockContext, blocks } from './blocks';
import { type CopyPlan, copyPlans, renderCopy } from './copies';
import { label } from './labels';
import { markup } from './markup';
import { portalCredit, portalPlan } from './portals';
import { body, headline, text } from './prose';
import { hostOf, inOrder, pageHtml, slugOf } from './shell';
import type { LayoutPage } from './truth';
import { typeset } from './typography';
import { VOCABS } from './vocab';

const SITES = [
  'NewsDigest',
  'Feedwire',
  'Headline Hub',
  'InfoFlux',
  'Nachrichtenblick',
  'Noticias Ya',
  'Le Fil',
];

/** Renderings of the body a plan prints (a responsive pair is two). */
const renderingsOf = (plans: readonly CopyPlan[]) =>
  plans.reduce((n, p) => n + (p.kind === 'responsive' ? 2 : 1), 0);

// A body printed once makes an aggregator page only on a portal that credits another outlet: such a page
// carries the portal's name, in its promos too.
const context = fc
  .record({
    vocab: fc.constantFrom(...VOCABS),
    markup,
    site: fc.constantFrom(...SITES),
    copies: copyPlans,
    portal: portalPlan,
  })
  .chain(({ copies, portal, ...c }) =>
    fc.constantFrom(...c.vocab.outlets).map((outlet) => {
      const onPortal = renderingsOf(copies) === 1 ? portal : null;
      const block: BlockContext = { ...c, site: onPortal?.portal.name ?? c.site, outlet };
      return { ...block, copies, portal: onPortal };
    }),
  );

export const aggregatorPage: fc.Arbitrary<LayoutPage> = context.chain((c) =>
  fc
    .record({
      body: body(c.vocab),
      title: headline(c.vocab),
      repeatTitle: fc.boolean(),
      label: label(c.vocab, c.outlet),
      blocks: blocks(c),
      readMore: fc.constantFrom(...c.vocab.readMore),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
      id: fc.nat(0xffffff),
    })
    .map((g): LayoutPage => {
      const { markup: m, vocab } = c;
      const { portal, site } = c;
      const renderings = renderingsOf(c.copies);
      const credit = portal ? portalCredit(portal, m, vocab, c.outlet, g.title) : null;
      const labelOnTop = portal?.credit === 'label';
      const copies = c.copies.map((p) => renderCopy(p, g.body, m, g.readMore));
      const parts = [
        ...(g.repeatTitle ? [{ html: m.subtitle(g.title), copy: null }] : []),
        ...(labelOnTop ? [] : [{ html: m.line(g.label.pieces), copy: null }]),
        ...copies.map((copy, i) => ({ html: copy.html, copy: c.copies[i]?.kind ?? null })),
        ...g.blocks.map((b) => ({ html: b.html, copy: null })),
      ];
      // The order of everything after the headline.
      const sorted = inOrder(parts, g.order);
      const ordered = sorted.map((part) => part.html);
      const first = sorted.find((part) => part.copy !== null)?.copy;
      const paragraphs = g.body.map(text);
      const responsive = c.copies.some((p) => p.kind === 'responsive') ? m.responsive.css : '';
      const top = (labelOnTop ? m.line(g.label.pieces) : '') + (credit?.top ?? '');
      const inner = m.title(g.title) + top + ordered.join('\n');
      return {
        html: pageHtml({
          lang: vocab.lang,
          title: g.title,
          site,
          head: m.head + (responsive ? `<style>${responsive}</style>` : '') + (credit?.head ?? ''),
          body: m.wrap(inner, g.title, paragraphs),
        }),
        url: portal
          ? (portal.portal.urls[vocab.lang] ?? portal.portal.urls.en!)(slugOf(g.title), g.id.toString(16))
          : `https://${hostOf(site)}/news/${slugOf(g.title)}-${g.id.toString(16)}`,
        lang: vocab.lang,
        title: g.title,
        outlet: c.outlet,
        paragraphs,
        forms: paragraphs.map((plain) => [
          ...new Set([
            plain,
            ...c.copies.filter((p) => p.kind === 'typographic').map((p) => typeset(plain, p.variants)),
          ]),
        ]),
        junk: [...copies.flatMap((copy) => copy.junk), ...g.blocks.flatMap((b) => b.junk)],
        extractJunk: [
          g.label.pieces.join(''),
          ...(credit?.extractJunk ?? []),
          ...g.blocks.flatMap((b) => b.extractJunk),
        ],
        copies: renderings,
        dims: [
          `style:${m.style}`,
          `lang:${vocab.lang}`,
          `copies:${renderings}`,
          ...c.copies.map((p) => `copy:${p.kind === 'hidden' ? `hidden-${p.hiding}` : p.kind}`),
          `label:${vocab.lang}-${g.label.format}`,
          `label:${g.label.glued ? 'glued' : 'spaced'}`,
          ...g.blocks.map((b) => `block:${b.kind}`),
          `first:${first}`,
          ...(portal ? [`portal:${portal.credit}`] : []),
        ].filter((d, i, all) => all.indexOf(d) === i),
      };
    }),
);
