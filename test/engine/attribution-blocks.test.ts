// Attribution and coverage blocks: lines that send the reader to the original outlet or name a curator,
// "More coverage" widgets, video rails and recommendation headings. A signal (never enough alone) and a rule
// that removes whole blocks, never a sentence that mentions the phrase.
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/engine/cleaning/clean';
import { weigh } from '../../src/engine/detection/signal-table';
import { attributionBlocks } from '../../src/engine/detection/signals/attribution-blocks';
import { ownSiteCheck } from '../../src/engine/detection/signals/own-site';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { extract } from '../../src/engine/extraction/extract';
import { attributionHeading, attributionLine } from '../../src/engine/labels/attribution';
import { parse } from './helpers';

describe('attribution lines', () => {
  test.each([
    // en
    ['Originally published on The Guardian', 'original', 'The Guardian'],
    ['This article originally appeared on The Conversation.', 'original', 'The Conversation'],
    ['This story was first published by Reuters. Read the original article.', 'original', 'Reuters'],
    ['Read the full story at Reuters →', 'original', 'Reuters'],
    ['Continue reading on BBC News', 'original', 'BBC News'],
    ['Curated by Jane Doe', 'curator', 'Jane Doe'],
    // de
    ['Ursprünglich erschienen bei Der Spiegel', 'original', 'Der Spiegel'],
    ['Dieser Artikel erschien zuerst bei ZEIT ONLINE.', 'original', 'ZEIT ONLINE'],
    ['Den ganzen Artikel lesen bei tagesschau.de', 'original', 'tagesschau.de'],
    ['Den vollständigen Artikel lesen Sie bei Hamburger Abendblatt', 'original', 'Hamburger Abendblatt'],
    ['Kuratiert von der Redaktion', 'curator', 'der Redaktion'],
    // fr
    ['Publié initialement sur Le Monde', 'original', 'Le Monde'],
    ['Cet article a été initialement publié dans Libération.', 'original', 'Libération'],
    ['Lire la suite sur Le Figaro', 'original', 'Le Figaro'],
    ['Sélection par la rédaction', 'curator', 'la rédaction'],
    // es
    ['Publicado originalmente en El País', 'original', 'El País'],
    ['Este artículo fue publicado originalmente en El Mundo.', 'original', 'El Mundo'],
    ['Lee la noticia completa en La Vanguardia', 'original', 'La Vanguardia'],
    ['Esta noticia se publicó primero en El Mundo', 'original', 'El Mundo'],
    ['Esta nota fue publicada originalmente por Clarín', 'original', 'Clarín'],
    ['Curado por el equipo editorial', 'curator', 'el equipo editorial'],
  ])('%j is a %s line naming %j', (text, kind, name) => {
    expect(attributionLine(text)).toEqual({ kind, name });
  });

  test.each([
    ['The report was originally published on Monday, officials said.'],
    ['Originally published in 1923 by a small press, the novel sold only a few hundred copies at first.'],
    ['She said the study, first published in Nature, changed how scientists think about bees.'],
    ['Read on to find out why the council changed its mind about the bridge.'],
    [
      `Originally published on The Guardian ${'and then discussed at great length by many people '.repeat(4)}`,
    ],
  ])('%j is prose', (text) => {
    expect(attributionLine(text)).toBeNull();
  });
});

describe('attribution headings', () => {
  test.each([
    ['More coverage', 'coverage'],
    ['Full coverage', 'coverage'],
    ['Who else covered this', 'coverage'],
    ['Weitere Berichterstattung', 'coverage'],
    ['Couverture complète', 'coverage'],
    ['Cobertura completa', 'coverage'],
    ['Watch more', 'video'],
    ['Videos for you', 'video'],
    ['Videos für Sie', 'video'],
    ['Plus de vidéos', 'video'],
    ['Vídeos para ti', 'video'],
    ['Recommended for you', 'recommendation'],
    ['Empfohlen für Sie', 'recommendation'],
    ['Recommandé pour vous', 'recommendation'],
    ['Recomendado para ti', 'recommendation'],
  ])('%j opens a %s widget', (text, kind) => {
    expect(attributionHeading(text)).toBe(kind);
  });

  test.each([
    ['More coverage of the floods is expected tomorrow'],
    ['Videos'],
    ['Recommended'],
    ['Coverage'],
  ])('%j is no widget heading', (text) => {
    expect(attributionHeading(text)).toBeNull();
  });
});

describe('attribution-blocks signal', () => {
  function signalOf(body: string, url: string | null = null) {
    const blocks = collectBlocks(parse(`<html><body>${body}</body></html>`).body);
    return weigh(attributionBlocks(blocks, ownSiteCheck(url, null)));
  }

  test('one kind weighs 1, two kinds 1.5: never enough alone', () => {
    expect(signalOf('<p>Originally published on The Guardian</p>')?.weight).toBe(1);
    const both = '<p>Originally published on The Guardian</p><h3>More coverage</h3><ul><li>Reuters</li></ul>';
    expect(signalOf(both)?.weight).toBe(1.5);
  });

  test("the site's own name, video rails and recommendation headings are no signal", () => {
    expect(signalOf('<p>First published on The Guardian</p>', 'https://www.theguardian.com/x')).toBeNull();
    expect(signalOf('<h3>Watch more</h3><h3>Recommended for you</h3>')).toBeNull();
    expect(signalOf('<p>The report was originally published on Monday, officials said.</p>')).toBeNull();
  });
});

const BODY = [
  'Bumblebees can learn to open puzzle boxes by watching other bees, a study from a London university finds.',
  'The researchers trained a few demonstrator bees and then let others watch them solve the two-step puzzle.',
  'Scientists say the findings suggest that insects may pass on skills in ways once thought unique to apes.',
  'The study was originally published on a preprint server before peer review, the authors noted in a letter.',
];

/** A page the rules run on (forced, as on an aggregator page), the widgets in different markup. */
function page(extra: string): Document {
  const paragraphs = BODY.map((p) => `<p>${p}</p>`).join('');
  return parse(`<html><head><title>Bees learn by watching</title></head><body><main><article>
    <h1>Bees learn by watching</h1>${paragraphs}${extra}</article>
    <section class="related"><h2>Recommended for you</h2><ul>
      <li><a href="/a">Storm hits coast as rivers burst</a><span>Reuters</span></li>
      <li><a href="/b">Council approves the new bridge</a><span>BBC News</span></li>
    </ul></section></main></body></html>`);
}

describe('attribution rule', () => {
  test.each([
    ['a line', '<p>Originally published on The Guardian</p>', 'Originally published on The Guardian'],
    [
      'a line with a button',
      '<div class="attr"><span>Read the full story at Reuters</span><a href="https://reuters.com/x">Visit</a></div>',
      'Read the full story at Reuters',
    ],
    [
      'a coverage widget',
      '<aside><h3>Full coverage</h3><ul><li><a href="/c">Bees solve puzzles</a> · The Times</li><li><a href="/d">Insects copy each other</a> · New Scientist</li></ul></aside>',
      'Insects copy each other',
    ],
    [
      'a heading among the paragraphs and its list',
      '<h4>Who else covered this</h4><ul><li>The Times</li><li>New Scientist</li></ul>',
      'New Scientist',
    ],
    [
      'a video rail',
      '<div><div><h3>Videos for you</h3></div><div><a href="/v1">Watch: bees at work</a><a href="/v2">Hive cam</a></div></div>',
      'Hive cam',
    ],
    [
      'a German recommendation block',
      '<section><h2>Empfohlen für Sie</h2><div><a href="/e">Bienen lernen voneinander</a></div></section>',
      'Bienen lernen voneinander',
    ],
    ['a curator line', '<p class="curator">Kuratiert von der Redaktion</p>', 'Kuratiert von der Redaktion'],
  ])('removes %s, keeps every paragraph and the related list', (_, extra, gone) => {
    const doc = page(extra);
    const { removed } = clean(doc, { force: true, url: 'https://www.newsroll.example/bees' });
    const text = doc.body.textContent ?? '';
    expect(removed.some((r) => r.rule === 'attribution')).toBe(true);
    expect(text).not.toContain(gone);
    for (const paragraph of BODY) expect(text).toContain(paragraph);
    expect(text).toContain('Storm hits coast as rivers burst');
  });

  test('a sentence that mentions "originally published" inside prose stays', () => {
    const doc = page(
      '<p>Originally, the team published its data on a university server, then on Zenodo.</p>',
    );
    const { removed } = clean(doc, { force: true, url: 'https://www.newsroll.example/bees' });
    expect(removed.filter((r) => r.rule === 'attribution')).toEqual([]);
  });

  test('the outlet a removed line named is still the article’s source', () => {
    const doc = page('<p>Originally published on The Guardian</p>');
    const article = extract(doc, { force: true, url: 'https://www.newsroll.example/bees' });
    expect(article.source).toBe('The Guardian');
    expect(article.text).not.toContain('Originally published on');
  });
});
