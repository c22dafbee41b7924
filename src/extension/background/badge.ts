// The toolbar badge: how many blocks were removed from the page in this tab.
import browser from 'webextension-polyfill';

const BADGE_COLOR = '#2f6f4f';

export async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

export async function clearCount(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
