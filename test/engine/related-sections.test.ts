import { describe, expect, test } from 'vitest';
import { extractRelated, findRelatedSections } from '../../src/engine/related/related';
import { parse } from './helpers';
import { DAILY8, MSN, PAGE, YAHOO } from './related-fixtures';

describe('findRelatedSections', () => {
  test('finds the section under a related heading, not the article', () => {
    const doc = parse(DAILY8);
    const sections = findRelatedSections(doc);
    expect(sections).toHaveLength(1);
    expect(sections[0]?.querySelector('h2')?.textContent).toBe('Related Articles');
    expect(sections[0]?.contains(doc.querySelector('h1'))).toBe(false);
  });

  test('finds containers by class, id or aria-label and returns the outermost only', () => {
    expect(findRelatedSections(parse(MSN)).map((s) => s.className)).toEqual(['moreForYou']);
    expect(findRelatedSections(parse(YAHOO)).map((s) => s.id)).toEqual(['up-next']);
  });

  test('on a flat page takes the heading and the story blocks after it, up to the next heading', () => {
    const doc = parse(`<body><div class="page">
      <h1>Storm batters the east coast</h1>
      <p>${'Heavy rain and strong winds hit the coast overnight, cutting power to thousands of homes. '.repeat(4)}</p>
      <h3>Trending</h3>
      <div class="card"><a href="/a">Power restored to most homes after overnight storm</a><span>Reuters · 1h</span></div>
      <div class="card"><a href="/b">Emergency services field record number of calls</a></div>
      <h3>Comments</h3>
      <p>No comments yet...</p>
    </div></body>`);
    const sections = findRelatedSections(doc);
    expect(sections.map((s) => s.textContent?.trim().slice(0, 20))).toEqual([
      'Trending',
      'Power restored to mo',
      'Emergency services f',
    ]);
    expect(extractRelated(doc, 'https://news.example.com/storm')[0]).toEqual({
      title: 'Power restored to most homes after overnight storm',
      url: 'https://news.example.com/a',
      source: 'Reuters',
      published: '1h',
      cluster: 0,
    });
  });

  test('finds German headings and unlabelled asides listing stories', () => {
    const doc = parse(`<body><article><h1>Bundestag beschließt Haushalt</h1>
      <p>${'Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. '.repeat(4)}</p></article>
      <div class="box"><h2>Mehr zum Thema</h2><div><a href="/x1">Opposition kritisiert die neuen Schulden scharf</a></div></div>
      <aside><a href="/y1">Wetter: Sturmtief zieht über Norddeutschland</a><a href="/y2">Bahn streicht Verbindungen wegen Unwetter</a>
        <a href="/y3">Fußball: Bayern gewinnt das Spitzenspiel klar</a></aside></body>`);
    expect(findRelatedSections(doc).map((s) => s.tagName)).toEqual(['DIV', 'ASIDE']);
  });

  test('never returns a candidate holding the headline or the article paragraphs', () => {
    const doc = parse(`<body><div class="related-wrapper">
      <h1>Mayor announces new housing plan</h1>
      <p>The mayor announced a plan to build ten thousand homes over five years, funded by a new levy on developers.</p>
      <p>Critics said the levy would slow construction, while supporters welcomed the focus on affordable housing.</p>
      <p>See the <a href="/plan">full housing plan document published today</a> and <a href="/levy">the levy consultation paper online</a>.</p>
    </div></body>`);
    expect(findRelatedSections(doc)).toEqual([]);
  });

  test('ignores navigation menus, breadcrumbs, lists inside prose and nested lists', () => {
    const doc = parse(`<body>
      <nav><ul><li><a href="/a">World news and analysis from our correspondents</a></li>
        <li><a href="/b">Business news and markets from around the world</a></li>
        <li><a href="/c">Sport results and live coverage of every match</a></li></ul></nav>
      <ol class="breadcrumbs"><li><a href="/x">Home and garden projects for beginners</a></li>
        <li><a href="/y">Crafts and other DIY projects for families</a></li><li><a href="/z">How to build a terrarium at home</a></li></ol>
      <div class="story"><h1>How to build a terrarium</h1>
        <p>You will need a glass jar, gravel, charcoal and soil, plus a few small plants that like humidity.</p>
        <ul><li><a href="/g">Choosing the right glass container for plants</a></li>
          <li><a href="/s">Which soil mix works best for small terrariums</a></li>
          <li><a href="/p">Plants that thrive in closed glass terrariums</a></li></ul>
        <p>Layer the gravel first, then the charcoal, then the soil, and plant from the back to the front.</p>
      </div></body>`);
    expect(findRelatedSections(doc)).toEqual([]);
  });

  test.each([
    ['under an unknown heading', '<div>Videos im Trend</div>'],
    ['with no heading at all', ''],
  ])('a run of cards, each a story link and an outlet line, is a rail %s', (_, heading) => {
    const card = (n: number, line: string) =>
      `<div class="bz"><a href="/news/story-${n}">Another story of the day number ${n}</a><div><span>${line}</span></div></div>`;
    const doc = parse(`<body><div class="page"><h1>Storm batters the east coast</h1>
      <p>${'Heavy rain and strong winds hit the coast overnight, cutting power to thousands of homes. '.repeat(4)}</p>
      <div class="rail">${heading}${card(1, 'Der Spiegel</span> <span>Gestern')}${card(2, 'Die Zeit</span><span> • </span><span>vor 14 Tagen')}</div>
    </div></body>`);
    expect(findRelatedSections(doc).map((s) => s.className)).toEqual(['rail']);
  });

  test('cards without an outlet or time line, or a body cut into links, are no rail', () => {
    const links = parse(`<body><h1>Title</h1><div class="x">
      <div><a href="/news/1">Another story of the day number one</a><span>Read more</span></div>
      <div><a href="/news/2">Another story of the day number two</a><span>Read more</span></div></div></body>`);
    expect(findRelatedSections(links)).toEqual([]);
  });

  test('a page without a body or sections gives an empty list', () => {
    expect(findRelatedSections(parse('<p>Just a short note without any links at all.</p>'))).toEqual([]);
    expect(extractRelated(parse('<p>Just a short note.</p>'), PAGE)).toEqual([]);
  });
});
