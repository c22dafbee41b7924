// German promo wording (Spiegel, Zeit, t-online, regional portals and their aggregator copies).
import type { PromoWording } from './promo-wording';

export const PROMO_DE: PromoWording = {
  ai: [
    /\bki-(?:funktionen|assistent(?:en)?|zusammenfassung)\b/i,
    /\bwas (?:die |unsere )?.{1,30}?ki für (?:sie|dich) tun kann\b/i,
    /\bfragen sie (?:unsere[nm]? )?(?:ki|assistent)/i,
    /\b(?:mit|von) (?:der )?ki (?:zusammengefasst|erstellt)\b/i,
  ],
  app: [
    /\bapp herunterladen\b/i,
    /\bunsere[rnm]? app\b/i,
    /\b(?:die|unsere) [\p{L}\d -]{1,30}-app (?:gibt es|ist) kostenlos\b/iu,
    /\bjetzt (?:die |unsere )?[\p{L}\d -]{0,30}app (?:laden|herunterladen|installieren)\b/iu,
  ],
  emptyComments: [
    /\bnoch keine kommentare\b/i,
    /\bschreiben sie den ersten kommentar\b/i,
    /\bkommentieren sie als erste[rs]?\b/i,
  ],
  commentsHeading: ['kommentare', 'kommentar', 'diskussion', 'leserkommentare'],
  newsletter: [
    /\bnewsletter (?:abonnieren|bestellen)\b/i,
    /\bfür (?:den|unseren) [\p{L}\d -]{0,30}newsletter an\b/iu,
    /\bjetzt (?:abonnieren|anmelden)\b/i,
    /\bwir verwenden cookies\b/i,
    /\bjeden (?:morgen|abend|tag) (?:in ihrem|ins) postfach\b/i,
  ],
  adLabels: [
    'anzeige',
    'werbung',
    'gesponsert',
    'gesponserter inhalt',
    'gesponserte inhalte',
    'sponsored post',
  ],
  callsToAction: [
    'weiterlesen',
    'mehr lesen',
    'mehr anzeigen',
    'jetzt lesen',
    'artikel teilen',
    'artikel lesen',
  ],
};
