// How the engine reads markup it was not written for (issue 14): custom elements as blocks or words, legacy
// <br><br> paragraphs, a section's name on its own card, a comment thread known by its heading, a box's first
// line as its label, a teaser's tail, and the outlet line printed in a div.byline.
import { describe, expect, test } from 'vitest';
import { byPreference, type Run } from '../../../src/engine/dedupe/runs';
import { toUnits, type Unit, withoutCallToAction } from '../../../src/engine/dedupe/units';
import { collectBlocks } from '../../../src/engine/dom/blocks';
import { brParagraphs } from '../../../src/engine/dom/br-paragraphs';
import { customBlocksAsDivs } from '../../../src/engine/dom/custom-blocks';
import { firstLine } from '../../../src/engine/dom/first-line';
import { extract } from '../../../src/engine/extraction/extract';
import { splitGluedLabel } from '../../../src/engine/labels/labels';
import { metaLine, namesOutletThenTime } from '../../../src/engine/labels/meta-line';
import { namesPerson } from '../../../src/engine/labels/person-label';
import { namesSection } from '../../../src/engine/labels/section-label';
import { headlineFacts } from '../../../src/engine/metadata/metadata-headline';
import { parse } from '../helpers';

const body = (html: string) => parse(`<html><body>${html}</body></html>`).body;

describe('custom elements', () => {
  test.each([
    [
      'between blocks they are blocks',
      '<story-body><x-para>One.</x-para><x-para>Two.</x-para></story-body>',
      ['One.', 'Two.'],
    ],
    [
      'inside running text they are words',
      '<p>Shares rose to <fin-quote>12</fin-quote> today.</p>',
      ['Shares rose to 12 today.'],
    ],
    ['inside a paragraph they are words', '<p><time-ago>3h</time-ago></p>', ['3h']],
    ['beside text they are words', '<div>Price <fin-quote>12</fin-quote></div>', ['Price 12']],
  ])('%s', (_, html, texts) => {
    expect(collectBlocks(body(html)).map((b) => b.text)).toEqual(texts);
  });

  test('Readability is handed blocks as divs, words left alone', () => {
    const root = body('<story-body class="s"><x-para>One <fin-quote>12</fin-quote>.</x-para></story-body>');
    customBlocksAsDivs(root);
    expect(root.innerHTML).toBe('<div class="s"><div>One <fin-quote>12</fin-quote>.</div></div>');
  });

  test('a page of custom elements keeps its paragraphs apart and its rail out of the article', () => {
    const para = (n: number) =>
      `<x-para>${`Paragraph ${n} tells the council's plan for the river bridge. `.repeat(3)}</x-para>`;
    const doc = parse(
      `<html><head><title>Bridge</title></head><body><x-app><h1>Bridge</h1><story-body>${[1, 2, 3, 4].map(para).join('')}</story-body>` +
        '<related-rail><rail-title>More</rail-title><story-card><a href="/news/other-story-1">Other story one</a></story-card>' +
        '<story-card><a href="/news/other-story-2">Other story two</a></story-card></related-rail></x-app></body></html>',
    );
    const article = extract(doc, { url: 'https://example.org/news/bridge' });
    expect(article.paragraphs).toEqual(
      [1, 2, 3, 4].map((n) =>
        `Paragraph ${n} tells the council's plan for the river bridge. `.repeat(3).trim(),
      ),
    );
  });
});

describe('inline wrappers that hold blocks', () => {
  test.each([
    // Readability's output for <font>a<br><br>b</font>: "a" is a line of its own.
    [
      'text before a nested block',
      '<p><span>First line.<p>Second line.</p></span></p>',
      ['First line.', 'Second line.'],
    ],
    [
      'text on both sides stays apart',
      '<div>Before.<p>Middle.</p>After.</div>',
      ['Before. After.', 'Middle.'],
    ],
  ])('%s', (_, html, texts) => {
    const root = body('');
    // Built by DOM calls: the parser would close the outer <p>, as Readability's tree does not.
    root.innerHTML = '';
    const template = parse(`<html><body><template>${html}</template></body></html>`).querySelector(
      'template',
    )!;
    root.append(root.ownerDocument.importNode(template.content, true));
    expect(
      collectBlocks(root)
        .map((b) => b.text)
        .sort(),
    ).toEqual([...texts].sort());
  });
});

describe('a block read in parts', () => {
  test.each([
    [
      'a bold label over text',
      '<td><b>Try our AI features</b><br>See what it can do:</td>',
      'Try our AI features',
    ],
    ['no break, no line', '<td><b>Try our AI features</b> now</td>', null],
    ['a break before any text', '<td><br>Text</td>', null],
  ])('firstLine: %s', (_, html, line) => {
    expect(firstLine(body(`<table><tr>${html}</tr></table>`).querySelector('td')!)).toBe(line);
  });

  test.each([
    ['Harbour prices rose. Continue reading', 'Harbour prices rose.'],
    ['Le prix du port… Lire la suite »', 'Le prix du port…'],
    ['Los precios subieron. Leer más', 'Los precios subieron.'],
    ['I never read more', 'I never read more'],
    ['Read more', 'Read more'],
    ['The mayor said she would share. Then she left', 'The mayor said she would share. Then she left'],
  ])('withoutCallToAction(%j)', (text, bare) => {
    expect(withoutCallToAction(text)).toBe(bare);
  });

  test('a cut stub too short to match is not a sentence of the copy', () => {
    const blocks = collectBlocks(body('<p>The council met on Monday to vote on the bridge. The vote…</p>'));
    expect(toUnits(blocks)[0]!.sentences).toEqual(['the council met on monday to vote on the bridge']);
  });
});

describe('brParagraphs', () => {
  test.each([
    ['a paragraph', '<p>One. Two.</p>', 1],
    ['three parted by <br><br>', '<font>One.<br><br>Two.<br> <br>Three.</font>', 3],
    ['single breaks are lines, not paragraphs', '<font>One.<br>Two.<br>Three.</font>', 1],
    ['breaks before any text part nothing', '<font><br><br>One.</font>', 1],
  ])('%s', (_, html, count) => {
    expect(brParagraphs(body(html).firstElementChild!)).toBe(count);
  });
});

describe('whose name a label prints', () => {
  test.each([
    [
      "a card's section, linked under it",
      '<div><a href="/cultura/55">Story</a><div id="l">CulturaAyer</div></div>',
      'Cultura',
      true,
    ],
    [
      'an outlet, linked elsewhere',
      '<div><a href="/news/55">Story</a><div id="l">Le Monde14:05</div></div>',
      'Le Monde',
      false,
    ],
  ])('namesSection: %s', (_, html, name, section) => {
    expect(namesSection(body(html).querySelector('#l')!, name)).toBe(section);
  });

  test.each([
    [
      'a thread headed "Comentarios"',
      '<div><h3>Comentarios</h3><div id="l">Carmen Díazhace 17 horas</div><p>Hola.</p></div>',
      true,
    ],
    [
      'a list headed otherwise',
      '<div><h3>Más noticias</h3><div id="l">El País14:05</div><p>Hola.</p></div>',
      false,
    ],
  ])('namesPerson: %s', (_, html, person) => {
    expect(namesPerson(body(html).querySelector('#l')!)).toBe(person);
  });

  test.each([
    ['Le Monde · 3 déc. 2026', true],
    ['Kölner Stadt-Anzeiger - 3. Dez. 2026', true],
    ['The Advertiser 3 days ago', false],
  ])('metaLine(%j) parted by a mark: %s', (text, parted) => {
    expect(metaLine(text)?.parted).toBe(parted);
  });

  test.each([
    ['Süddeutsche Zeitung 17 Std.', 'Süddeutsche Zeitung', true],
    ['Süddeutsche Zeitung berichtet', 'Süddeutsche Zeitung', false],
    ['Die Zeit 17 Std.', 'Süddeutsche Zeitung', false],
  ])('namesOutletThenTime(%j, %j)', (text, outlet, named) => {
    expect(namesOutletThenTime(text, outlet)).toBe(named);
  });

  test.each([
    ['El País · 14:05 h', 'El País'],
    ['Le Monde · 14h05', 'Le Monde'],
  ])('splitGluedLabel(%j) names %j', (text, source) => {
    expect(splitGluedLabel(text)?.source).toBe(source);
  });
});

describe('the outlet line at the headline', () => {
  test.each([
    [
      'an outlet in div.byline',
      '<div class="byline"><span>ABC Sevilla</span> | <span>03/12/2026</span></div>',
      'ABC Sevilla',
    ],
    [
      "a writer's name, marked as the author",
      '<div class="byline"><a rel="author" href="/author/dan">Dan Goodin</a> - <span>Apr 16, 2015</span></div>',
      null,
    ],
    // A rail the region runs into before the story's own line: each card's line dates its own story.
    [
      "a related card's line, a line break after its link, before the story's line",
      '<table><tr><td><a href="/news/2">Another story</a><br><font size="1">Le Figaro · il y a 19 minutes</font></td></tr></table><div><font size="1">Ouest-France3 décembre 2026</font></div>',
      'Ouest-France',
    ],
  ])('%s', (_, line, source) => {
    const doc = parse(`<html><body><h1>Headline</h1>${line}<p>Body.</p></body></html>`);
    expect(headlineFacts(doc, new Set()).source).toBe(source);
  });

  test("a linked headline is the page's own, not a card's: the line after it is the outlet's", () => {
    const doc = parse(
      '<html><body><h1><a href="/news/1">Headline</a></h1><div>Le Monde · 14:05</div></body></html>',
    );
    expect(headlineFacts(doc, new Set()).source).toBe('Le Monde');
  });
});

test("a portal's credit line printed inside the story's table is the popup's header, not a paragraph", () => {
  const story = [1, 2, 3]
    .map(
      (n) => `Paragraph ${n} says the council will decide on the river bridge budget at its spring meeting.`,
    )
    .join('<br><br>');
  const doc = parse(
    '<html><head><title>Bridge | MSN</title></head><body><table><tr><td><b>Bridge budget moves to spring</b></td></tr>' +
      '<tr><td><font size="1">Bereitgestellt von Hamburger Abendblatt</font></td></tr>' +
      `<tr><td><font>${story}</font></td></tr></table></body></html>`,
  );
  const article = extract(doc, { url: 'https://www.msn.com/de-de/news/other/bridge/ar-AA1x' });
  expect(article.source).toBe('Hamburger Abendblatt');
  expect(article.text).not.toContain('Bereitgestellt');
  expect(article.text).toContain('Paragraph 3 says');
});

test.each([
  ['a full copy outranks a teaser of near-equal weight with more blocks', false],
  ['and so it does when the teaser comes first', true],
])('byPreference: %s', (_, teaserFirst) => {
  const run = (cut: boolean, blocks: number, weight: number, order: number): Run => ({
    units: Array.from({ length: blocks }) as Unit[],
    hidden: false,
    mobileOnly: false,
    cut,
    weight,
    order,
  });
  const teaser = run(true, 4, 680, teaserFirst ? 0 : 1);
  const full = run(false, 3, 687, teaserFirst ? 1 : 0);
  expect([teaser, full].sort(byPreference)[0]).toBe(full);
});
