// What a popup page ends up showing: the article (title and paragraph count) or a notice saying why not.
import type { TabHandle } from './driver';
import { waitFor } from './driver';

export interface PopupAnswer {
  title: string;
  notice: string;
  paragraphs: number;
}

/** Runs in the popup. "Reading the page…" is the popup waiting; any other notice is its answer. */
function readAnswer(): PopupAnswer | null {
  const text = (id: string) => document.getElementById(id)?.textContent?.trim() ?? '';
  const answer = { title: text('title'), notice: text('notice'), paragraphs: 0 };
  if (document.getElementById('article')?.hidden === false) {
    return { ...answer, paragraphs: document.querySelectorAll('#body p').length };
  }
  return answer.notice && !answer.notice.startsWith('Reading') ? answer : null;
}

export function popupAnswer(popup: TabHandle, timeoutMs = 30_000): Promise<PopupAnswer> {
  return waitFor(
    async () => (await popup.evaluate(readAnswer, null)) ?? undefined,
    'the popup to answer',
    timeoutMs,
  );
}
