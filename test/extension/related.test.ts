import { expect, test } from 'vitest';
import type { RelatedStory } from '../../src/engine/core/types';
import { groupRelated } from '../../src/extension/ui/related';

const story = (title: string, url: string, source: string | null, cluster: number): RelatedStory => ({
  title,
  url,
  source,
  published: null,
  cluster,
});

test.each([
  ['nothing', [], []],
  [
    'one entry per cluster, titled by its first story, with each outlet once',
    [
      story('Trump clarifies', 'https://a.com/1', 'West Australian', 0),
      story('Trump says', 'https://a.com/2', 'West Australian', 0),
      story('Trump says', 'https://a.com/3', 'Perth Now', 0),
      story('Rates rise', 'https://a.com/4', 'ABC', 1),
    ],
    [
      {
        title: 'Trump clarifies',
        url: 'https://a.com/1',
        outlets: [
          { name: 'West Australian', url: 'https://a.com/1' },
          { name: 'Perth Now', url: 'https://a.com/3' },
        ],
      },
      { title: 'Rates rise', url: 'https://a.com/4', outlets: [{ name: 'ABC', url: 'https://a.com/4' }] },
    ],
  ],
  [
    'the host as outlet name when the source is unknown',
    [story('Story', 'https://www.outlet.example/x', null, 0)],
    [
      {
        title: 'Story',
        url: 'https://www.outlet.example/x',
        outlets: [{ name: 'outlet.example', url: 'https://www.outlet.example/x' }],
      },
    ],
  ],
  [
    'no links that are not web links',
    [story('Bad', 'javascript:alert(1)', 'X', 0), story('Data', 'data:text/html,hi', 'Y', 1)],
    [],
  ],
])('groupRelated: %s', (_, stories, expected) => {
  expect(groupRelated(stories)).toEqual(expected);
});
