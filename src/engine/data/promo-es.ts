// Spanish promo wording (El País, El Mundo, regional portals and their aggregator copies).
import type { PromoWording } from './promo-wording';

export const PROMO_ES: PromoWording = {
  ai: [
    /\bfunciones de (?:la )?ia\b/i,
    /\basistente de (?:la )?ia\b/i,
    /\blo que .{1,30}? ia puede hacer\b/i,
    /\bpregunta a (?:nuestro )?(?:asistente|la ia)\b/i,
    /\bresumen (?:generado )?(?:con|por) (?:la )?ia\b/i,
  ],
  app: [
    /\bdescarga (?:la|nuestra) (?:app|aplicación)\b/i,
    /\b(?:en|de) la app de\b/i,
    /\bla app de [\p{L}\d -]{1,30} es gratis\b/iu,
    /\bnuestra (?:app|aplicación)\b/i,
  ],
  emptyComments: [/\b(?:aún|todavía) no hay comentarios\b/i, /\bsé (?:el primero|la primera) en comentar\b/i],
  commentsHeading: ['comentarios', 'comentario'],
  newsletter: [
    /\b(?:suscríbete|apúntate|regístrate) (?:a|en) (?:nuestro|nuestra|la|el) [\p{L}\d -]{0,30}(?:boletín|newsletter)\b/iu,
    /\brecibe (?:la|nuestra|el) (?:newsletter|boletín)\b/i,
    /\bcada (?:mañana|día|tarde) en tu correo\b/i,
    /\butilizamos cookies\b/i,
  ],
  adLabels: ['publicidad', 'contenido patrocinado', 'patrocinado', 'anuncio'],
  callsToAction: ['leer más', 'seguir leyendo', 'ver más', 'compartir', 'leer la noticia'],
};
