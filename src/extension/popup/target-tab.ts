// The tab the popup reports on: the one named in the query string, otherwise the current window's active tab.
import browser, { type Tabs } from 'webextension-polyfill';
import { tabIdFromQuery } from '../ui/query';

export async function targetTab(search: string): Promise<Tabs.Tab | undefined> {
  const id = tabIdFromQuery(search);
  if (id !== null) return browser.tabs.get(id);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
