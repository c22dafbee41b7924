import { pauseAt } from '../../core/steps';
import type { Candidate } from '../../core/types';
import { MEDIA_TAGS, STRUCTURAL_TAGS } from '../../data/tags';
import { isAttached } from '../../dom/ancestry';
import type { Rule } from './rule';

declare module '../../core/types' {
  interface RuleNames {
    'empty-containers': true;
  }
}

const MEDIA_SELECTOR = [...MEDIA_TAGS].map((t) => t.toLowerCase()).join(',');

/** Wrappers that other rules emptied: climbs from each touched parent while nothing visible is left. */
export const emptyContainers: Rule = {
  name: 'empty-containers',
  *find(ctx) {
    const found = new Set<Element>();
    let handled = 0;
    for (const start of ctx.touched) {
      if (pauseAt(++handled)) yield;
      let top: Element | null = null;
      if (!isAttached(start, ctx.doc)) continue;
      for (let el: Element | null = start; el && !STRUCTURAL_TAGS.has(el.tagName); el = el.parentElement) {
        if (el.tagName === 'ARTICLE' || !isEmpty(el)) break;
        top = el;
      }
      if (top) found.add(top);
    }
    return [...found].map(
      (element): Candidate => ({ element, reason: 'container left empty by the cleanup' }),
    );
  },
};

function isEmpty(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' && el.querySelector(MEDIA_SELECTOR) === null;
}
