import { isInside } from '../dom/ancestry';
import { metaContent } from '../metadata/head-meta';
import { squash } from '../text/fold';
import type { ClusterInput } from './cluster';

// Enough of the article to name its event; more only adds words that match anything.
const MAX_PAGE_TEXT = 3000;

/** The page's own story, as clustering input: its headline and the start of its text. */
export function pageStory(doc: Document, sections: readonly Element[]): ClusterInput {
  const title =
    squash(doc.querySelector('h1')?.textContent ?? '') ||
    squash(metaContent(doc, ['og:title']) ?? '') ||
    squash(doc.title ?? '');
  const parts = [squash(metaContent(doc, ['description', 'og:description']) ?? '')];
  const seen = new Set(parts);
  let length = parts[0]?.length ?? 0;
  for (const p of doc.body?.querySelectorAll('p') ?? []) {
    if (length >= MAX_PAGE_TEXT) break;
    const text = squash(p.textContent ?? '');
    // Aggregators print the body several times; each paragraph counts once.
    if (text.length < 40 || seen.has(text) || isInside(p, sections)) continue;
    seen.add(text);
    parts.push(text);
    length += text.length;
  }
  return { title, text: parts.join(' ') };
}
