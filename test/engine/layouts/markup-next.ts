import type fc from 'fast-check';
import type { Markup } from './markup-kit';
import { soupMarkup } from './markup-soup';

// JSON in a script must not close the script: "</" is written "<\/" as Next.js does.
const json = (value: unknown) => JSON.stringify(value).replace(/<\//g, '<\\/');

/**
 * A server-rendered React/Next page: div soup under #__next, and the story again in __NEXT_DATA__, which a
 * reader never sees and no copy count may include.
 */
export const nextMarkup: fc.Arbitrary<Markup> = soupMarkup.map(
  (soup): Markup => ({
    ...soup,
    style: 'next',
    wrap: (body, title, paragraphs) =>
      `<div id="__next">${body}</div><script id="__NEXT_DATA__" type="application/json">${json({
        props: {
          pageProps: { article: { title, body: paragraphs.map((text) => ({ type: 'paragraph', text })) } },
        },
        page: '/news/[slug]',
      })}</script>`,
  }),
);
