import { describe, expect, test } from 'vitest';
import { assignClusters } from '../../src/engine/related/cluster';
import { contentTokens, stem } from '../../src/engine/related/tokens';

const titles = (...list: string[]) => list.map((title) => ({ title, text: '' }));

describe('assignClusters', () => {
  test.each([
    {
      name: 'rewritten headlines of one event from different outlets',
      items: titles(
        'US President Donald Trump clarifies Ukraine should not target Moscow after weapons deal',
        'Trump says Ukraine should not target Moscow',
        'Trump says Ukraine should not target Moscow',
      ),
      expected: [0, 0, 0],
    },
    {
      name: 'one person in different events stays apart',
      items: titles(
        'Donald Trump signs executive order on steel tariffs',
        'Donald Trump visits Scotland to open new golf course',
        'Trump administration imposes new steel tariffs by executive order',
      ),
      expected: [0, 1, 0],
    },
    {
      name: 'stemming joins inflected forms',
      items: titles(
        'Workers strike at Chilean copper mine over bonuses',
        'Chilean copper mine workers striking over unpaid bonuses',
        'Heatwave warning issued for southern England',
      ),
      expected: [0, 0, 1],
    },
    {
      name: 'a short headline wholly inside a longer one',
      items: titles('Heatwave warning', 'Met Office issues heatwave warning for the weekend'),
      expected: [0, 0],
    },
    {
      name: 'ids follow first appearance',
      items: titles(
        'Parliament passes housing bill after late-night debate',
        'Storm Ciaran cuts power to thousands of homes in Cornwall',
        'Housing bill passes parliament after a late-night debate',
        'Storm Ciaran leaves thousands of Cornwall homes without power',
      ),
      expected: [0, 1, 0, 1],
    },
    {
      name: 'German headlines',
      items: titles(
        'Bundestag beschließt den Haushalt für das kommende Jahr',
        'Haushalt für kommendes Jahr vom Bundestag beschlossen',
        'Sturmtief zieht über Norddeutschland hinweg',
      ),
      expected: [0, 0, 1],
    },
  ])('$name', ({ items, expected }) => {
    expect(assignClusters(items)).toEqual(expected);
  });

  test('summaries join stories whose headlines differ', () => {
    const summary =
      'Copper prices climbed to a record high on Tuesday as a strike at the Cerro Blanco mine in Chile entered its second week, deepening supply concerns among traders in London and Shanghai.';
    expect(
      assignClusters([
        { title: 'Copper hits record high', text: summary },
        { title: 'Metals traders brace for supply crunch', text: summary.replace('Tuesday', 'Wednesday') },
        {
          title: 'Oil steadies after three-day slide',
          text: 'Oil prices steadied on Wednesday after three days of losses as investors weighed the demand outlook.',
        },
      ]),
    ).toEqual([0, 0, 1]);
  });

  test('the anchor (the page story) bridges headlines that share few words with each other', () => {
    const page = {
      title: 'Bumblebees learn to open puzzle boxes by watching other bees, study finds',
      text: 'Bumblebees can learn to solve a two-step puzzle that none of them could crack alone by watching a trained nestmate. "This is something that was thought to be beyond the capacity of insects," said the lead author. "It suggests the building blocks of culture may be widespread." Other scientists welcomed the work.',
    };
    const items = titles(
      'Bees can pass on puzzle-solving skills to each other, say scientists',
      'UK heatwave: temperatures could hit 33C on Saturday, Met Office says',
      'Clever bumblebees copy nestmates to crack two-step puzzle',
      'Insects may have culture too, bumblebee experiment suggests',
    );
    expect(assignClusters(items)).toEqual([0, 1, 2, 3]);
    expect(assignClusters(items, page)).toEqual([0, 1, 0, 0]);
  });

  test('an anchor that matches nothing changes nothing', () => {
    const items = titles(
      'Parliament passes housing bill after debate',
      'Housing bill passes parliament after debate',
    );
    expect(
      assignClusters(items, { title: 'Storm hits coast', text: 'Heavy rain and wind overnight.' }),
    ).toEqual([0, 0]);
  });

  test('empty input', () => {
    expect(assignClusters([])).toEqual([]);
  });

  test('stays fast on long lists that share a common word', () => {
    const items = Array.from({ length: 4000 }, (_, i) => ({
      title: `Trump comments on topic${i} and issue${i} during visit${i}`,
      text: '',
    }));
    const started = performance.now();
    const clusters = assignClusters(items);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(new Set(clusters).size).toBe(4000);
  });
});

describe('contentTokens', () => {
  test.each([
    ['Trump says Ukraine should not target Moscow', ['trump', 'ukrain', 'target', 'moscow']],
    ["Chile's copper strikes continue", ['chil', 'copper', 'strik', 'continu']],
    ['The Reserve Bank held rates', ['reserv', 'bank', 'held', 'rate']],
    ['Der Bundestag beschließt den Haushalt', ['bundestag', 'beschließt', 'haushalt']],
  ])('%j -> %j', (text, expected) => {
    expect([...contentTokens(text)]).toEqual(expected);
  });

  test.each([
    ['strikes', 'strik'],
    ['striking', 'strik'],
    ['clarifies', 'clarify'],
    ['clarified', 'clarify'],
    ['bees', 'bee'],
    ['bumblebees', 'bumblebe'],
    ['news', 'new'],
    ['business', 'business'],
  ])('stem(%j) = %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
