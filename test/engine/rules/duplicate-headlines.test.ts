// duplicate-headlines keeps one of each headline printed twice in a card or anywhere as the title. An outlet
// and time line is no headline: two stories from one outlet on one day print the same label, and the story's
// own line beside a card's must stay (the popup names the outlet from it).
import { describe, expect, test } from 'vitest';
import { duplicateHeadlines } from '../../../src/engine/cleaning/rules/duplicate-headlines';
import { findTexts } from './run-rule';

const CARD = (meta: string) =>
  `<div class="card"><a href="/news/other-story">Another story of the day here</a><div>${meta}</div></div>`;

describe('duplicate-headlines', () => {
  test('a headline printed twice in one card loses its unlinked copy', () => {
    const card = '<div><h3>Council moves the bridge budget</h3><p>Council moves the bridge budget</p></div>';
    expect(findTexts(duplicateHeadlines, card)).toEqual(['Council moves the bridge budget']);
  });

  test.each([
    ['parted alike', CARD('Der Spiegel | 14:05'), '<div>Der Spiegel | 14:05</div>'],
    ['parted by another mark', CARD('Ouest-France · Hier'), '<div>Ouest-France - Hier</div>'],
    [
      "the card's parted by a bare space",
      CARD('<span>Der Spiegel</span> <span>14:05</span>'),
      '<div>Der Spiegel | 14:05</div>',
    ],
  ])("the story's outlet line and a card's of the same outlet and time (%s) both stay", (_, card, line) => {
    expect(findTexts(duplicateHeadlines, `${card}${line}`)).toEqual([]);
  });
});
