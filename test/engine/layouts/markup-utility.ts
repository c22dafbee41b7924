import fc from 'fast-check';
import { attrsOf, type Markup, spliced } from './markup-kit';

// The few utility classes the pages use, with their breakpoint variants, as the framework would emit them.
const CSS =
  '.hidden{display:none}.block{display:block}.mb-4{margin-bottom:1rem}.text-sm{font-size:.875rem}@media (min-width:768px){.md\\:hidden{display:none}.md\\:block{display:block}}@media (min-width:1024px){.lg\\:text-lg{font-size:1.125rem}}';

/** Tailwind-like utility classes; a copy per breakpoint is "md:hidden" beside "hidden md:block". */
export const utilityMarkup: fc.Arbitrary<Markup> = fc
  .constantFrom('max-w-3xl', 'max-w-2xl')
  .map((width): Markup => {
    const ps = (items: readonly string[]) =>
      items.map((t) => `<p class="mb-4 text-base leading-7 lg:text-lg">${t}</p>`).join('');
    const spans = (items: readonly string[]) =>
      items.map((t) => `<span class="text-sm">${t}</span>`).join('');
    return {
      style: 'utility',
      head: `<style>${CSS}</style>`,
      title: (text) => `<h1 class="text-3xl font-bold tracking-tight">${text}</h1>`,
      subtitle: (text) => `<h2 class="text-xl font-semibold">${text}</h2>`,
      line: (pieces) => `<div class="flex items-center gap-0 text-gray-500">${spans(pieces)}</div>`,
      copy: (paragraphs, setting) =>
        `<div${attrsOf(setting, `mx-auto ${width} px-4`)}>${spliced(paragraphs, ps, setting)}</div>`,
      block: (heading, items) =>
        `<div class="rounded-lg bg-gray-100 p-4">${heading ? `<h3 class="font-bold">${heading}</h3>` : ''}${ps(items)}</div>`,
      quote: (text) => `<blockquote class="my-6 border-l-4 pl-4 text-xl italic">${text}</blockquote>`,
      cards: (heading, cards) =>
        `<div class="mt-8"><h2 class="text-lg font-bold">${heading}</h2><div class="grid gap-4 md:grid-cols-2">${cards
          .map(
            (c) =>
              `<div class="rounded border p-3"><a class="font-semibold" href="${c.href}">${c.title}</a><div class="flex text-xs">${spans(c.meta)}</div></div>`,
          )
          .join('')}</div></div>`,
      image: (alt) =>
        `<div class="relative h-48 w-full"><img class="object-cover" src="/_next/missing.webp" alt="${alt}"></div>`,
      responsive: { narrow: 'md:hidden', wide: 'hidden md:block', css: '' },
      wrap: (body) => `<div class="min-h-screen bg-white">${body}</div>`,
    };
  });
