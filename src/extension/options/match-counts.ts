// The live count under the phrase and selector lists: how many blocks the rules as typed would remove on the
// tab the options page was opened from (?tab=, set by the popup's Settings link). Without such a tab, or
// when the tab cannot answer, no count is shown rather than a wrong one.

import { t } from '../shared/i18n';
import { sendToTab } from '../shared/send';
import { byId } from '../ui/dom';
import { tabIdFromQuery } from '../ui/query';
import type { ListKind } from './validate';

const COUNT_DELAY_MS = 200;
const ANSWER_TIMEOUT_MS = 3000;

export function createMatchCounter(
  doc: Document,
  search: string,
): (kind: ListKind, values: string[]) => void {
  const tabId = tabIdFromQuery(search);
  const lists = { phrases: [] as string[], selectors: [] as string[] };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (counts: { phrases: number; selectors: number } | null) => {
    for (const kind of ['phrases', 'selectors'] as const) {
      const shown = counts !== null && lists[kind].length > 0;
      byId(doc, `${kind}-count`).textContent = shown ? t('optionsMatches', String(counts[kind])) : '';
    }
  };
  const count = () => {
    if (tabId === null) return;
    sendToTab(tabId, { type: 'count-matches', custom: lists }, ANSWER_TIMEOUT_MS).then(show, () =>
      show(null),
    );
  };
  return (kind, values) => {
    if (kind === 'hosts') return;
    lists[kind] = values;
    clearTimeout(timer);
    timer = setTimeout(count, COUNT_DELAY_MS);
  };
}

/** The lists as stored, so the first count covers both even before anything is typed. */
export function seedCounter(
  counter: (kind: ListKind, values: string[]) => void,
  phrases: string[],
  selectors: string[],
): void {
  counter('phrases', phrases);
  counter('selectors', selectors);
}
