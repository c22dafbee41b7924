// French promo wording (Le Monde, Le Figaro, Ouest-France, portals and their aggregator copies).
import type { PromoWording } from './promo-wording';

export const PROMO_FR: PromoWording = {
  ai: [
    /\bfonctionnalités (?:d['’]|de l['’])?ia\b/i,
    /\bassistant (?:ia|d['’]ia)\b/i,
    /\bce que .{1,30}? ia peut faire\b/i,
    /\bdemandez à (?:notre |l['’])?(?:assistant|ia)\b/i,
    /\brésumé (?:généré )?(?:par|avec) (?:l['’])?ia\b/i,
  ],
  app: [
    /\btélécharge[rz] (?:l['’]|notre )appli(?:cation)?\b/i,
    /\bl['’]appli(?:cation)? [\p{L}\d -]{1,30} est (?:gratuite|disponible)\b/iu,
    /\bdans (?:notre|l['’]) ?appli(?:cation)?\b/i,
    /\b(?:sur|dans) l['’]app store\b/i,
  ],
  emptyComments: [
    /\baucun commentaire(?: pour le moment)?\b/i,
    /\bsoyez (?:le premier|la première) à (?:commenter|réagir)\b/i,
  ],
  commentsHeading: ['commentaires', 'réactions'],
  newsletter: [
    /\b(?:inscrivez-vous|abonnez-vous) à (?:notre|la|nos) [\p{L}\d -]{0,30}newsletters?\b/iu,
    /\bchaque (?:matin|soir|jour)\b.{0,40}\bboîte (?:mail|e-mail|de réception)\b/i,
    /\bnous utilisons des cookies\b/i,
  ],
  adLabels: ['publicité', 'contenu sponsorisé', 'sponsorisé', 'contenu de partenaire', 'publi-rédactionnel'],
  callsToAction: [
    'lire la suite',
    'lire plus',
    "lire l'article",
    'continuer la lecture',
    'voir plus',
    'partager',
  ],
};
