// Which removals go back when what the reader saw is not all visible after a clean
// (src/extension/content/visibility/judge.ts), with a layout the test controls.
import { describe, expect, test } from 'vitest';
import { runSteps } from '../../src/engine/core/steps';
import type { Rendered, RuleName } from '../../src/engine/core/types';
import { judgeSteps, type Taken } from '../../src/extension/content/visibility/judge';

function setup() {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body>
      <p id="kept">The bridge closes to cars from the first of next month onwards, the council said.</p>
      <p id="note">A paragraph of the story that no rule touched, long enough to be held to the promise.</p>
    </body></html>`,
    'text/html',
  );
  const element = (id: string) => doc.getElementById(id)!;
  const removed = (rule: RuleName, keepers: Element[]): Taken => {
    const gone = doc.createElement('p');
    gone.textContent = `removed by ${rule}`;
    return { element: gone, removal: { rule, reason: 'test', text: gone.textContent }, keepers };
  };
  return { doc, element, removed };
}

/** A layout hiding the elements with these ids. */
const hiding =
  (...ids: string[]): Rendered =>
  (el) =>
    !ids.includes(el.id);

describe('judgeSteps', () => {
  test.each([
    { name: 'the kept copy shows, the paragraphs show: nothing goes back', hidden: [], detach: [], undo: [] },
    { name: 'the kept copy is hidden now: the copy goes back', hidden: ['kept'], detach: [], undo: ['copy'] },
    { name: 'the kept copy left the page: the copy goes back', hidden: [], detach: ['kept'], undo: ['copy'] },
    {
      name: 'a paragraph no removal held is hidden now: the whole clean goes back',
      hidden: ['note'],
      detach: [],
      undo: ['copy', 'promo'],
    },
    { name: 'a paragraph the page itself removed is not ours', hidden: [], detach: ['note'], undo: [] },
  ])('$name', ({ hidden, detach, undo }) => {
    const { element, removed } = setup();
    const copy = removed('duplicate-bodies', [element('kept')]);
    const promo = removed('ai-promo', []);
    const seen = [element('kept'), element('note')];
    for (const id of detach) element(id).remove();
    const verdict = runSteps(judgeSteps([copy, promo], seen, hiding(...hidden)));
    const names = new Map([
      [copy, 'copy'],
      [promo, 'promo'],
    ]);
    expect(verdict.undo.map((entry) => names.get(entry))).toEqual(undo);
    expect(verdict.notes.length > 0).toBe(undo.length > 0);
  });
});
