import type { Signal } from '../types';

const META = 'meta[name="syndication-source"], meta[name="original-source"], link[rel="original-source"]';

export function syndicationMeta(doc: Document): Signal | null {
  const el = (doc.head ?? doc).querySelector(META);
  if (!el) return null;
  return {
    name: 'syndication-meta',
    weight: 1.5,
    detail: `the page names its original source (${el.getAttribute('name') ?? el.getAttribute('rel')})`,
  };
}
