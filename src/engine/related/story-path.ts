import { compact } from '../text/fold';

/**
 * Whether a card's label names a section of the story's own address: "Malaysia" for
 * /news/malaysia/2024/11/22/…, "Technology" for /news/technology/…. Such a label is the site's category; an
 * outlet's name is not part of the address the site files the story under. The last segment (the story's
 * own slug) is not a section.
 */
export function inStoryPath(name: string, url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const key = bareCompact(name);
  if (!key) return false;
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return segments.slice(0, -1).some((segment) => bareCompact(decodeSegment(segment)) === key);
}

/** compact() without accents: "Fußball" and "fussball" differ, "Côte" is "cote". */
function bareCompact(text: string): string {
  return compact(text.normalize('NFKD').replace(/\p{M}/gu, ''));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
