// The popup's links to the extension's own pages. Both open in a new tab named after the page the popup
// reports on, so the reader tab shows that page's article and the options page can count rule matches on it.
import browser from 'webextension-polyfill';
import { byId } from '../ui/dom';

const PAGES = {
  'open-reader': 'src/extension/reader/index.html',
  'open-options': 'src/extension/options/index.html',
} as const;

function pageUrl(page: keyof typeof PAGES, tabId: number): string {
  return browser.runtime.getURL(`${PAGES[page]}?tab=${tabId}`);
}

/** Points the links at the page of `tabId`: again each time the side panel follows another tab. */
export function pointPageLinks(doc: Document, tabId: number): void {
  for (const id of Object.keys(PAGES) as (keyof typeof PAGES)[])
    byId<HTMLAnchorElement>(doc, id).href = pageUrl(id, tabId);
}

export function wirePageLinks(doc: Document, tabId: number): void {
  pointPageLinks(doc, tabId);
  for (const id of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
    const link = byId<HTMLAnchorElement>(doc, id);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      browser.tabs
        .create({ url: link.href })
        // The toolbar popup would otherwise stay open over the new tab.
        .then(() => doc.documentElement.classList.contains('in-popup') && window.close())
        .catch(() => undefined);
    });
  }
}
