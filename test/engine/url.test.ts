import { describe, expect, test } from 'vitest';
import { cleanUrl } from '../../src/engine/page/url';

const BASE = 'https://www.daily8.com/news/north-korea-c4e1b7a2';

describe('cleanUrl', () => {
  test.each([
    ['https://example.com/a?b=1#top', null, 'https://example.com/a?b=1'],
    ['/news/story-1', BASE, 'https://www.daily8.com/news/story-1'],
    ['story-2?utm_source=daily8&utm_medium=related', BASE, 'https://www.daily8.com/news/story-2'],
    ['//cdn.example.org/x', BASE, 'https://cdn.example.org/x'],
    ['https://a.com/p?id=7&fbclid=IwAR0&gclid=abc&page=2', null, 'https://a.com/p?id=7&page=2'],
    [
      'https://www.msn.com/en-gb/ar-AA1?ocid=msedgntp&cvid=5f&ei=12',
      null,
      'https://www.msn.com/en-gb/ar-AA1',
    ],
    ['https://a.com/?UTM_Campaign=x&q=a%20b', null, 'https://a.com/?q=a%20b'],
    [
      'https://a.com/?dclid=1&msclkid=2&mc_cid=3&mc_eid=4&igshid=5&_ga=6&ref_src=7&spm=8&yclid=9',
      null,
      'https://a.com/',
    ],
    ['https://theguardian.com/x?CMP=share_btn_url', null, 'https://theguardian.com/x'],
    ['  https://example.com/spaced  ', null, 'https://example.com/spaced'],
    ['HTTP://EXAMPLE.COM/Path', null, 'http://example.com/Path'],
    ['https://a.com/?q=1&tab=2', null, 'https://a.com/?q=1&tab=2'],
    ['https://a.com/search?q=a+b&ref=home', null, 'https://a.com/search?q=a+b&ref=home'],
  ])('%j (base %j) -> %j', (href, base, expected) => {
    expect(cleanUrl(href, base)).toBe(expected);
  });

  test.each([
    ['javascript:alert(1)'],
    [' JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['&#x6A;avascript:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['mailto:desk@example.com'],
    ['vbscript:msgbox(1)'],
    ['blob:https://example.com/1234'],
    ['about:blank'],
    ['ftp://example.com/file'],
    [''],
    ['   '],
    ['http://'],
    ['https://exa mple.com/'],
  ])('%j is rejected', (href) => {
    expect(cleanUrl(href, BASE)).toBeNull();
  });

  test('a relative link without a base is rejected', () => {
    expect(cleanUrl('/news/story-1', null)).toBeNull();
  });

  test('an unparseable base is rejected instead of throwing', () => {
    expect(cleanUrl('/news/story-1', 'not a url')).toBeNull();
  });
});
