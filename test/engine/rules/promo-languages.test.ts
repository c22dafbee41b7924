// Promo wording in German, French and Spanish (src/engine/data/promo-<lang>.ts): each promo block goes, and a
// sentence of prose that mentions the same words stays. Wording here differs from the generated layouts'
// (test/engine/layouts/vocab-*.ts) on purpose: the patterns are for the phrasing, not for one page.
import { describe, expect, test } from 'vitest';
import { aiPromo } from '../../../src/engine/cleaning/rules/ai-promo';
import { appPromo } from '../../../src/engine/cleaning/rules/app-promo';
import { callToAction } from '../../../src/engine/cleaning/rules/call-to-action';
import { emptyComments } from '../../../src/engine/cleaning/rules/empty-comments';
import { newsletterCookie } from '../../../src/engine/cleaning/rules/newsletter-cookie';
import type { Rule } from '../../../src/engine/cleaning/rules/rule';
import { sponsored } from '../../../src/engine/cleaning/rules/sponsored';
import { findTexts } from './run-rule';

const PROSE = {
  de: '<p>Der Konzern teilte am Dienstag mit, wer die App herunterladen wolle, müsse künftig ein Konto anlegen und der neuen KI-Funktionen zustimmen, was Verbraucherschützer scharf kritisierten.</p>',
  fr: "<p>Le groupe a indiqué mardi que les clients qui veulent télécharger l'application devront créer un compte et accepter les fonctionnalités IA, ce que les associations de consommateurs critiquent.</p>",
  es: '<p>La empresa anunció el martes que quien quiera descargar la app tendrá que crear una cuenta y aceptar las funciones de IA, algo que las asociaciones de consumidores critican con dureza.</p>',
};

const CASES: [string, Rule, keyof typeof PROSE, string][] = [
  [
    'ai-promo',
    aiPromo,
    'de',
    '<div><h3>KI-Assistent</h3><p>Fragen Sie unseren Assistenten zu diesem Thema</p></div>',
  ],
  ['ai-promo', aiPromo, 'fr', "<aside><p>Résumé généré par l'IA</p></aside>"],
  ['ai-promo', aiPromo, 'es', '<div><p>Pregunta a nuestro asistente</p></div>'],
  ['app-promo', appPromo, 'de', '<div><p>Die Tagesblatt-App gibt es kostenlos für iOS und Android</p></div>'],
  ['app-promo', appPromo, 'fr', "<div><p>Téléchargez l'application Infos Locales</p></div>"],
  ['app-promo', appPromo, 'es', '<div><p>Descarga nuestra aplicación</p></div>'],
  ['empty-comments', emptyComments, 'de', '<div><p>Kommentieren Sie als Erster!</p></div>'],
  ['empty-comments', emptyComments, 'fr', '<div><p>Aucun commentaire</p></div>'],
  ['empty-comments', emptyComments, 'es', '<div><p>Todavía no hay comentarios</p></div>'],
  [
    'newsletter-cookie',
    newsletterCookie,
    'de',
    '<div><p>Melden Sie sich für unseren Morgen-Newsletter an</p></div>',
  ],
  ['newsletter-cookie', newsletterCookie, 'fr', '<div><p>Abonnez-vous à nos newsletters</p></div>'],
  ['newsletter-cookie', newsletterCookie, 'es', '<div><p>Apúntate a nuestro boletín diario</p></div>'],
  ['sponsored', sponsored, 'de', '<div><p>Gesponsert</p></div>'],
  ['sponsored', sponsored, 'fr', '<div><p>Contenu sponsorisé</p></div>'],
  ['sponsored', sponsored, 'es', '<div><p>Contenido patrocinado</p></div>'],
  ['call-to-action', callToAction, 'fr', '<div><p>Lire la suite</p></div>'],
  ['call-to-action', callToAction, 'es', '<div><p>Seguir leyendo</p></div>'],
];

describe('promo wording in other languages', () => {
  test.each(CASES)('%s (%s): removes %s', (_, rule, lang, html) => {
    expect(findTexts(rule, `${PROSE[lang]}${html}`)).toHaveLength(1);
  });

  test.each(CASES)('%s (%s): leaves the prose around it', (_, rule, lang) => {
    expect(findTexts(rule, PROSE[lang])).toEqual([]);
  });
});
