// The shapes of a partial or regrouped copy: a teaser of the first paragraphs (maybe cut short with "…",
// maybe a "Read more"), and the same sentences split into paragraphs at other boundaries.
import type { Markup } from './markup';
import type { Paragraph } from './prose';

export function teaser(
  t: { count: number; cut: boolean; more: boolean },
  texts: readonly string[],
  m: Markup,
  readMore: string,
): { html: string; junk: string[]; renderings: number } {
  const count = Math.min(t.count, texts.length - 1);
  const shown = texts.slice(0, count);
  const junk: string[] = [];
  const next = texts[count];
  if (t.cut && next) {
    const words = next.split(' ');
    const cut = `${words.slice(0, Math.max(3, Math.floor(words.length / 2))).join(' ')}\u2026`;
    shown.push(cut);
    junk.push(cut);
  }
  if (t.more) {
    shown.push(readMore);
    junk.push(readMore);
  }
  return { html: m.copy(shown, {}), junk, renderings: 1 };
}

/** The same sentences, grouped into paragraphs at other boundaries. */
export function resplit(body: readonly Paragraph[], flips: readonly boolean[]): string[] {
  const breaks: boolean[] = [];
  body.forEach((p, i) => {
    for (let s = 1; s < p.length; s++) breaks.push(false);
    if (i < body.length - 1) breaks.push(true);
  });
  const flipped = breaks.map((b, i) => b !== (flips[i % flips.length] ?? false));
  // Always differ somewhere: with no flip drawn, the first boundary flips.
  if (flipped.every((b, i) => b === breaks[i]) && flipped.length > 0) flipped[0] = !flipped[0];
  const sentences = body.flat();
  const out: string[] = [sentences[0] ?? ''];
  sentences.slice(1).forEach((s, i) => {
    if (flipped[i]) out.push(s);
    else out[out.length - 1] = `${out[out.length - 1]} ${s}`;
  });
  return out;
}
