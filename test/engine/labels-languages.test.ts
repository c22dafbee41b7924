// Outlet/time labels in every common form, per language, glued ("Le Monde14:05") or spaced ("Reuters · 2 h"):
// the label parser names the outlet and the time, and the gate's cheap text check sees the glued ones.
import { describe, expect, test } from 'vitest';
import { weigh } from '../../src/engine/detection/signal-table';
import { gluedLabel } from '../../src/engine/detection/signals/glued-label';
import { hasGluedTime } from '../../src/engine/detection/signals/glued-time';
import { ownSiteCheck } from '../../src/engine/detection/signals/own-site';
import { collectBlocks } from '../../src/engine/dom/blocks';
import { splitGluedLabel } from '../../src/engine/labels/labels';
import { metaLine } from '../../src/engine/labels/meta-line';
import { isStamp } from '../../src/engine/labels/time-kind';
import { parse } from './helpers';

type Row = [text: string, source: string, published: string];

/** Each row glued as written; the same time after "<source> · " is the spaced form. */
function expectLabel([text, source, published]: Row): void {
  expect(splitGluedLabel(text)).toEqual({ source, published });
  expect(metaLine(text)?.glued).toBe(true);
  // A numeric stamp glued to a name is a byline's as often: the gate wants two of them (see glued-time.ts).
  expect(hasGluedTime(isStamp(published) ? `${text}\n${text}` : text)).toBe(true);
  if (isStamp(published)) expect(hasGluedTime(text)).toBe(false);
  expect(splitGluedLabel(`${source} · ${published}`)).toEqual({ source, published });
  expect(splitGluedLabel(`${source} | ${published}`)).toEqual({ source, published });
}

describe('English labels', () => {
  test.each<Row>([
    ['The Advertiser3 days ago', 'The Advertiser', '3 days ago'],
    ['Reutersan hour ago', 'Reuters', 'an hour ago'],
    ['Reuters14:05', 'Reuters', '14:05'],
    ['Reuters2:05 PM', 'Reuters', '2:05 PM'],
    ['Reuters25m', 'Reuters', '25m'],
    ['Bloomberg1h', 'Bloomberg', '1h'],
    ['The Independent2d', 'The Independent', '2d'],
    ['Sky News5 min', 'Sky News', '5 min'],
    ['Reuters03/12/2026', 'Reuters', '03/12/2026'],
    ['Euronews2026-12-03', 'Euronews', '2026-12-03'],
    ['ReutersDec 3, 2026', 'Reuters', 'Dec 3, 2026'],
    ['The Guardian3 December 2026', 'The Guardian', '3 December 2026'],
    ['GuardianYesterday', 'Guardian', 'Yesterday'],
    ['Associated PressYesterday', 'Associated Press', 'Yesterday'],
  ])('%j → %j, %j', (...row) => expectLabel(row));

  test.each<Row>([
    ['Reuters · 2 h', 'Reuters', '2 h'],
    ['Reuters | 25m', 'Reuters', '25m'],
    ['Reuters · Today', 'Reuters', 'Today'],
    ['Sky News · Dec 3', 'Sky News', 'Dec 3'],
    ['BBC News · 14:05', 'BBC News', '14:05'],
  ])('spaced %j → %j, %j', (text, source, published) => {
    expect(splitGluedLabel(text)).toEqual({ source, published });
    expect(metaLine(text)?.glued).toBe(false);
  });
});

describe('German labels', () => {
  test.each<Row>([
    ['Spiegelvor 3 Stunden', 'Spiegel', 'vor 3 Stunden'],
    ['Die Zeitvor einer Stunde', 'Die Zeit', 'vor einer Stunde'],
    ['Bild3 Std.', 'Bild', '3 Std.'],
    ['FAZ14:05', 'FAZ', '14:05'],
    ['Spiegel14.05 Uhr', 'Spiegel', '14.05 Uhr'],
    ['Spiegel3.12.2026', 'Spiegel', '3.12.2026'],
    ['Süddeutsche Zeitung3. Dezember 2026', 'Süddeutsche Zeitung', '3. Dezember 2026'],
    ['SpiegelGestern', 'Spiegel', 'Gestern'],
    ['tagesschau.devor 5 Min.', 'tagesschau.de', 'vor 5 Min.'],
  ])('%j → %j, %j', (...row) => expectLabel(row));

  test.each<Row>([
    ['Bild · Heute, 14:05', 'Bild', 'Heute, 14:05'],
    ['FAZ · Mittwoch, 3. Dezember 2026, 14:05 Uhr', 'FAZ', 'Mittwoch, 3. Dezember 2026, 14:05 Uhr'],
  ])('spaced %j → %j, %j', (text, source, published) => {
    expect(splitGluedLabel(text)).toEqual({ source, published });
  });
});

describe('French labels', () => {
  test.each<Row>([
    ['Le Mondeil y a 2 heures', 'Le Monde', 'il y a 2 heures'],
    ['Le Monde14:05', 'Le Monde', '14:05'],
    ['Ouest-France14h05', 'Ouest-France', '14h05'],
    ['Libération2 j', 'Libération', '2 j'],
    ['Le Figaro5 min', 'Le Figaro', '5 min'],
    ['Le Monde3 décembre 2026', 'Le Monde', '3 décembre 2026'],
    ['Le MondeHier', 'Le Monde', 'Hier'],
    ['Le Parisien03/12/2026', 'Le Parisien', '03/12/2026'],
  ])('%j → %j, %j', (...row) => expectLabel(row));

  test.each<Row>([
    ["Le Monde · Aujourd'hui à 14h05", 'Le Monde', "Aujourd'hui à 14h05"],
    ['Le Monde · Aujourd\u2019hui', 'Le Monde', 'Aujourd\u2019hui'],
    ['Le Figaro · mardi 3 décembre 2026', 'Le Figaro', 'mardi 3 décembre 2026'],
    ['Le Monde · 3 déc.', 'Le Monde', '3 déc.'],
    ['Le Monde · il y a 2 h', 'Le Monde', 'il y a 2 h'],
  ])('spaced %j → %j, %j', (text, source, published) => {
    expect(splitGluedLabel(text)).toEqual({ source, published });
  });
});

describe('Spanish labels', () => {
  test.each<Row>([
    ['El Paíshace 5 minutos', 'El País', 'hace 5 minutos'],
    ['El PaísAyer', 'El País', 'Ayer'],
    ['El Mundo14:05', 'El Mundo', '14:05'],
    ['El Mundo5 min', 'El Mundo', '5 min'],
    ['El País3 de diciembre de 2026', 'El País', '3 de diciembre de 2026'],
    ['ABC3 h', 'ABC', '3 h'],
    ['La Vanguardia03/12/2026', 'La Vanguardia', '03/12/2026'],
  ])('%j → %j, %j', (...row) => expectLabel(row));

  test.each<Row>([
    ['El País · Hoy', 'El País', 'Hoy'],
    ['El País · 3 de diciembre', 'El País', '3 de diciembre'],
    ['El Mundo · 3 de diciembre de 2026 a las 14:05', 'El Mundo', '3 de diciembre de 2026 a las 14:05'],
  ])('spaced %j → %j, %j', (text, source, published) => {
    expect(splitGluedLabel(text)).toEqual({ source, published });
  });
});

describe('not labels', () => {
  test.each([
    ['the 9:30 train'],
    ['in 2h the crowd had gone'],
    ['USA Today'],
    ['Formula 1h'],
    ['Channel 9:30'],
    ['Python3.12'],
    ['Windows11'],
    ['zuvor 3 Stunden lang'],
  ])('%j is no label, and no glued time', (text) => {
    expect(splitGluedLabel(text)).toBeNull();
    expect(hasGluedTime(text)).toBe(false);
  });

  function signalOf(body: string, url: string | null = null) {
    const blocks = collectBlocks(parse(`<html><body>${body}</body></html>`).body);
    return weigh(gluedLabel(blocks, ownSiteCheck(url, null)));
  }

  test.each([
    ['<div class="comments"><div><b>Jean Dupont</b><span>14:05</span></div><p>Bravo.</p></div>'],
    ['<div id="kommentare"><div><b>Max Muster</b><span>vor 3 Stunden</span></div><p>Gut.</p></div>'],
    ['<div class="comment-meta"><a href="/user/ana">Ana García</a>hace 5 minutos</div>'],
  ])("a commenter's name glued to a time names a person: %s", (body) => {
    expect(signalOf(body)).toBeNull();
  });

  test("the site's own name glued to a time is the publisher's label", () => {
    const body = '<div><span>Le Monde</span><span>il y a 2 heures</span></div>';
    expect(signalOf(body, 'https://www.lemonde.fr/article/x')).toBeNull();
    expect(signalOf(body, 'https://www.newsroll.example/x')?.name).toBe('glued-outlet-time');
  });

  test('a name glued to a numeric stamp counts in full from the second label on: a byline prints one too', () => {
    const byline = '<div><span>Tobias Mühlbauer</span><span>24.04.2024, 19:35 Uhr</span></div>';
    expect(signalOf(byline)).toMatchObject({ name: 'outlet-time-line', weight: 1.5 });
    const cards =
      '<div><span>Le Monde</span><span>14:05</span></div><div><span>Libération</span><span>13:40</span></div>';
    expect(signalOf(cards)?.name).toBe('glued-outlet-time');
    expect(signalOf('<div><span>Reuters</span><span>25m</span></div>')?.name).toBe('glued-outlet-time');
  });
});

describe('numeric stamps and relative times', () => {
  test.each([
    ['14:05', true],
    ['2:05 PM', true],
    ['24.04.2024, 19:35 Uhr', true],
    ['3 déc.', true],
    ['3 Dec', true],
    ['2026-12-03', true],
    ['25m', false],
    ['3 Std.', false],
    ['2 j', false],
    ['5 min', false],
    ['3 days ago', false],
    ['October 13, 2016', false],
    ['vor 3 Stunden', false],
  ])('%j is a stamp: %s', (time, stamp) => {
    expect(isStamp(time)).toBe(stamp);
  });
});
