// How the engine reads markup it was not written for (issue 14): custom elements as blocks or words, legacy
// <br><br> paragraphs, a section's name on its own card, a comment thread known by its heading.
import { describe, expect, test } from 'vitest';
import { collectBlocks } from '../../../src/engine/dom/blocks';
import { brParagraphs } from '../../../src/engine/dom/br-paragraphs';
import { splitGluedLabel } from '../../../src/engine/labels/labels';
import { namesPerson } from '../../../src/engine/labels/person-label';
import { namesSection } from '../../../src/engine/labels/section-label';
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
    ['El País · 14:05 h', 'El País'],
    ['Le Monde · 14h05', 'Le Monde'],
  ])('splitGluedLabel(%j) names %j', (text, source) => {
    expect(splitGluedLabel(text)?.source).toBe(source);
  });
});
