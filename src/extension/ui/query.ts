// An extension page's query string: ?tab=<id> names the tab to report on (the popup opened in a tab, as the
// end-to-end tests do, the reader tab, the options page's match counts); without it, the active tab.

export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}
