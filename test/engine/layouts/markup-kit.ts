// What every markup style shares: the Markup interface and helpers (markup.ts picks a style).
import fc from 'fast-check';

export interface Card {
  title: string;
  href: string;
  /** The card's meta line as pieces printed side by side (outlet, separator, time), no space added. */
  meta: readonly string[];
}

/** How a body copy is set apart: a class and/or raw attributes on its container. */
export interface Setting {
  cls?: string;
  attrs?: string;
  /** Markup placed between the paragraphs (a pull quote), before paragraph `at`. */
  inside?: { at: number; html: string };
}

/** The paragraphs rendered, with the setting's inside markup placed among them. */
export function spliced(
  paragraphs: readonly string[],
  render: (items: readonly string[]) => string,
  setting: Setting,
): string {
  if (!setting.inside) return render(paragraphs);
  const { at, html } = setting.inside;
  return render(paragraphs.slice(0, at)) + html + render(paragraphs.slice(at));
}

export interface Markup {
  style: StyleName;
  /** What the style's own rendering needs in <head> (custom elements' display, utility classes). */
  head: string;
  title(text: string): string;
  subtitle(text: string): string;
  /** Pieces printed side by side in one line, no space added (a glued label is two spans). */
  line(pieces: readonly string[]): string;
  copy(paragraphs: readonly string[], setting: Setting): string;
  block(heading: string | null, lines: readonly string[]): string;
  /** A pull quote: a sentence of the story printed again, set apart. */
  quote(text: string): string;
  cards(heading: string, cards: readonly Card[]): string;
  image(alt: string): string;
  /** Classes that show a copy only below / only from 768 px wide, and the CSS that does it. */
  responsive: { narrow: string; wide: string; css: string };
  /** The body as sent: a wrapper and what the server embeds beside it (paragraphs: the story's text). */
  wrap(body: string, title: string, paragraphs: readonly string[]): string;
}

export const STYLES = ['semantic', 'soup', 'table', 'utility', 'custom', 'next'] as const;
type StyleName = (typeof STYLES)[number];

/** Class names as a build tool mints them. */
export const classNames = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{3,7}$/), {
  minLength: 8,
  maxLength: 8,
});

/** Media-query classes for a style without utility classes of its own. */
export function mediaPair(narrow: string, wide: string): Markup['responsive'] {
  return {
    narrow,
    wide,
    css: `.${wide}{display:none}@media (min-width:768px){.${narrow}{display:none}.${wide}{display:block}}`,
  };
}

export const attrsOf = ({ cls, attrs }: Setting, own = ''): string => {
  const classes = [own, cls ?? ''].filter(Boolean).join(' ');
  return `${classes ? ` class="${classes}"` : ''}${attrs ? ` ${attrs}` : ''}`;
};
