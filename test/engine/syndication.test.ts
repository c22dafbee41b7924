// The syndication-meta signal means the page names another site as the story's original source. Publishers
// put the same tags on their own stories, naming themselves.
import { describe, expect, test } from 'vitest';
import { syndicationMeta } from '../../src/engine/detection/signals/syndication';
import { parse } from './helpers';

const PAGE = 'https://www.example-news.com/world/2024/council-moves-bridge-budget';

function signalOf(head: string, url: string | null = PAGE) {
  return syndicationMeta(parse(`<html><head>${head}</head><body><p>x</p></body></html>`), url);
}

describe('syndication-meta', () => {
  test.each([
    ['<meta name="original-source" content="https://www.reuters.com/world/story-1">'],
    ['<link rel="syndication-source" href="https://apnews.com/article/3">'],
  ])('%s names another site', (head) => {
    expect(signalOf(head)?.name).toBe('syndication-meta');
  });

  test.each([
    ['its own address', `<meta name="original-source" content="${PAGE}">`],
    [
      'its own host, without www.',
      '<meta name="syndication-source" content="http://example-news.com/world/x">',
    ],
    [
      'a subdomain of its own site',
      '<link rel="syndication-source" href="https://amp.example-news.com/world/x">',
    ],
    ['a relative address', '<meta name="original-source" content="/world/2024/council-moves-bridge-budget">'],
    ['no address at all', '<link rel="syndication-source">'],
  ])('a page naming %s is a publisher claiming its own story', (_, head) => {
    expect(signalOf(head)).toBeNull();
  });

  test('without a known page address, any named source counts', () => {
    expect(
      signalOf('<meta name="original-source" content="https://www.reuters.com/world/story-1">', null),
    ).not.toBeNull();
  });
});
