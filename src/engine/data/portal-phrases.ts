// Data: a portal's promos for itself, printed around the stories it republishes (Yahoo, MSN, AOL): sign-in
// prompts, its own app, feedback buttons, paid tiers. Matched against a block's whole short text (see
// rules/promo-block.ts), in English, German, French and Spanish.
export const PORTAL_PROMO: readonly RegExp[] = [
  // Sign-in prompts: "Sign in to Yahoo", "Sign in to personalise your feed".
  /^sign in(?: to| with) [\p{L}\d][\p{L}\d' ]{0,40}$/iu,
  /^(?:bei [\p{L}\d ]{1,30} )?anmelden$|^melden sie sich (?:bei [\p{L}\d ]{1,30} )?an\b/iu,
  /^se connecter(?: à [\p{L}\d ]{1,30})?$|^connectez-vous (?:à|pour)\b/iu,
  /^iniciar sesión(?: en [\p{L}\d ]{1,30})?$|^inicia sesión (?:en|para)\b/iu,
  // The portal's own app: "Download the Yahoo News app", "Get the MSN app".
  /\b(?:download|get|install) the [\p{L}\d][\p{L}\d ]{0,30} app\b/iu,
  /\b[\p{L}\d][\p{L}\d -]{0,30}-app (?:herunterladen|laden|installieren)\b/iu,
  /\btélécharge[rz] l['\u2019]application\b/iu,
  /\bdescarga(?:r)? la (?:app|aplicación)\b/iu,
  // Feedback buttons: "Feedback", "Give feedback", "Send feedback to MSN".
  /^(?:give |send |share |leave )?feedback(?: to [\p{L}\d ]{1,30})?$/iu,
  /^(?:feedback geben|feedback senden|donner (?:votre|mon) avis|envoyer des commentaires|enviar comentarios|danos tu opinión)$/iu,
  // Paid tiers: "Try Yahoo Finance Plus", "Upgrade to Premium".
  /^(?:try|get|upgrade to|unlock|start your free trial of) [\p{L}\d ]{0,30}\b(?:plus|premium|pro)\b/iu,
  /^(?:jetzt )?[\p{L}\d ]{0,30}\b(?:plus|premium) (?:testen|ausprobieren)\b/iu,
  /^(?:essayez|essayer|découvrez) [\p{L}\d ]{0,30}\b(?:plus|premium)\b/iu,
  /^(?:prueba|probar|pasa a) [\p{L}\d ]{0,30}\b(?:plus|premium)\b/iu,
];
