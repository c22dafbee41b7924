// Which removals go back when text the reader saw is missing after a clean (src/extension/content/visibility).
import { describe, expect, test } from 'vitest';
import { runSteps } from '../../src/engine/steps';
import { fold } from '../../src/engine/text';
import type { RuleName } from '../../src/engine/types';
import { judgeSteps, type Taken } from '../../src/extension/content/visibility/judge';
import type { Missing } from '../../src/extension/content/visibility/sighting';

const doc = new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
function taken(rule: RuleName, text: string): Taken {
  const element = doc.createElement('p');
  element.textContent = text;
  return { element, removal: { rule, reason: 'test', text } };
}
const COPY = 'The bridge closes to cars from the first of next month onwards.';
const PROMO = 'Try Our AI Features';
const OTHER = 'A note the clean never touched.';
const missing = (hidden: string[], gone: string[]): Missing => ({
  hidden: new Set(hidden.map(fold)),
  gone: new Set(gone.map(fold)),
});

describe('judgeSteps', () => {
  const copy = taken('duplicate-bodies', COPY);
  const promo = taken('ai-promo', PROMO);
  test.each([
    { name: 'nothing missing: nothing goes back', missing: missing([], []), undo: [] as Taken[] },
    { name: 'a copy held the only visible copy: it goes back', missing: missing([], [COPY]), undo: [copy] },
    { name: "a promo's own text is meant to go", missing: missing([], [PROMO]), undo: [] },
    { name: 'text the page itself removed is not ours', missing: missing([], [OTHER]), undo: [] },
    {
      name: 'text still in the page but hidden, held by no removal: the whole clean goes back',
      missing: missing([OTHER], []),
      undo: [copy, promo],
    },
  ])('$name', ({ missing: lost, undo }) => {
    const verdict = runSteps(judgeSteps(lost, [copy, promo]));
    expect(new Set(verdict.undo)).toEqual(new Set(undo));
    expect(verdict.notes.length > 0).toBe(undo.length > 0);
  });
});
