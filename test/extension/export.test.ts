import { describe, expect, test } from 'vitest';
import { markdownFileName } from '../../src/extension/shared/export';
import type { ArticleView } from '../../src/extension/shared/messages';
import { toMarkdown, toPlainText } from '../../src/formats/article-format';

const article: ArticleView = {
  title: 'North Korea reaffirms support for Russia',
  source: 'The Advertiser',
  siteName: 'Daily8',
  byline: null,
  published: '3 days ago',
  canonicalUrl: 'https://www.daily8.com/news/north-korea',
  originalUrl: 'https://www.adelaidenow.com.au/news/world/north-korea (1)',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  readingMinutes: 1,
  paragraphs: ['Kim met *Lavrov* in Wonsan.', '# Not a heading', '1. Not a list either'],
  text: '',
  html: '<p>ignored: exports are built from the paragraphs</p>',
  related: [],
  removed: [],
};

describe('article export', () => {
  test('Markdown: heading, italic source line, link, then paragraphs escaped as prose', () => {
    expect(toMarkdown(article)).toBe(
      `${[
        '# North Korea reaffirms support for Russia',
        '*The Advertiser · Daily8 · 3 days ago*',
        '<https://www.adelaidenow.com.au/news/world/north-korea%20%281%29>',
        'Kim met \\*Lavrov\\* in Wonsan.',
        '\\# Not a heading',
        '1\\. Not a list either',
      ].join('\n\n')}\n`,
    );
  });

  test('plain text: title, source, link, blank line, a paragraph per line', () => {
    expect(toPlainText(article)).toBe(
      'North Korea reaffirms support for Russia\nThe Advertiser · Daily8 · 3 days ago\n' +
        'https://www.adelaidenow.com.au/news/world/north-korea (1)\n\n' +
        'Kim met *Lavrov* in Wonsan.\n# Not a heading\n1. Not a list either\n',
    );
  });

  test('falls back to the canonical link, and drops links that are not http(s)', () => {
    expect(toMarkdown({ ...article, originalUrl: null })).toContain(
      '<https://www.daily8.com/news/north-korea>',
    );
    const noLink = toPlainText({ ...article, originalUrl: 'javascript:alert(1)', canonicalUrl: null });
    expect(noLink).not.toContain('javascript');
  });

  test('the source line names each outlet once', () => {
    expect(toPlainText({ ...article, siteName: 'the advertiser' })).toContain(
      '\nThe Advertiser · 3 days ago\n',
    );
  });

  test.each([
    ['North Korea reaffirms support for Russia', 'north-korea-reaffirms-support-for-russia.md'],
    ['„Wir sehen“: Hitze über Europa', 'wir-sehen-hitze-über-europa.md'],
    ['كوريا الشمالية تؤكد دعمها', 'كوريا-الشمالية-تؤكد-دعمها.md'],
    ['?!', 'article.md'],
  ])('file name for %j is %j', (title, name) => {
    expect(markdownFileName({ ...article, title })).toBe(name);
  });
});
