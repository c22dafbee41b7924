// Data: the wording and markup of promo blocks. Each list names where its entries come from; rules
// match these against a block's whole (short) text, never against prose inside long paragraphs. English is
// here; each other language is one table in data/promo-<lang>.ts.
import { PROMO_DE } from './promo-de';
import { PROMO_ES } from './promo-es';
import { PROMO_FR } from './promo-fr';
import { alternatives, type PromoWording } from './promo-wording';

const LANGUAGES: readonly PromoWording[] = [PROMO_DE, PROMO_FR, PROMO_ES];
const each = <K extends keyof PromoWording>(key: K): PromoWording[K][number][] =>
  LANGUAGES.flatMap((wording) => wording[key] as readonly PromoWording[K][number][]);

/** AI-feature promos (daily8 "Try Our AI Features", MSN Copilot prompts, Yahoo "AI summary"). */
export const AI_PROMO: RegExp[] = [
  /\btry (?:our|the) ai\b/i,
  /\bexplore what .{1,40}? ai can do\b/i,
  /\bask (?:our |the )?(?:ai|copilot)\b/i,
  /\bai[- ](?:powered|assistant|features?|summary|summaries|chat|answers?|insights?)\b/i,
  /\b(?:powered|generated) by ai\b/i,
  /\bchat with (?:our )?(?:ai|assistant)\b/i,
  /\bsummari[sz]e (?:this|the) (?:article|story|page) (?:with|using) (?:ai|copilot)\b/i,
  /\b(?:get|see|read) (?:an? )?ai[- ]generated\b/i,
  ...each('ai'),
];

/** App-download blocks and store badges (daily8 "DOWNLOAD THE APP", NewsBreak "Open in app"). */
export const APP_PROMO: RegExp[] = [
  /\bdownload (?:the|our|[\p{L}\d]+) app\b/iu,
  /\bget (?:the|our) (?:[\p{L}\d]+ )?app\b/iu,
  /\bdownload .{1,30} app (?:today|now)\b/i,
  /\bopen (?:it )?in (?:the )?app\b/i,
  /\bin the [\p{L}\d-]+ app\b/iu,
  /\b(?:im|in the|on the|from the) app store\b/i,
  /\bgoogle play\b/i,
  /[\p{L}\d]-app\b/iu,
  /\b(?:read|continue) (?:it )?in the app\b/i,
  /\b(?:available|download) on the app store\b/i,
  /\bget it on google play\b/i,
  /^(?:app-?store|play-?store|google play|app store)+$/i,
  ...each('app'),
];

export const APP_STORE_LINKS =
  'a[href*="apps.apple.com"], a[href*="itunes.apple.com"], a[href*="play.google.com/store"], a[href*="app.adjust.com"], a[href*="onelink.me"]';

/** Comment widgets that hold no comment. */
export const EMPTY_COMMENTS: RegExp[] = [
  /\bno comments(?: yet)?\b/i,
  /\bbe the first to (?:comment|share your thoughts)\b/i,
  /^0 comments?$/i,
  /^comments? \(0\)$/i,
  /\bstart the conversation\b/i,
  /\b(?:log|sign) in to (?:comment|join the (?:conversation|discussion))\b/i,
  ...each('emptyComments'),
];

/** A heading naming a comment section, removed together with its empty widget. */
export const COMMENTS_HEADING = new RegExp(
  `^(?:comments?|discussion|join the conversation|${alternatives(each('commentsHeading'))})\\s*(?:\\(0\\))?$`,
  'i',
);

/** Newsletter sign-ups and cookie prompts. */
export const NEWSLETTER_COOKIE: RegExp[] = [
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the) (?:[\p{L}]+ ){0,3}newsletters?\b/iu,
  /\bnewsletter\b.{0,80}\b(?:inbox|postfach)\b/i,
  /\bturn on (?:push |breaking news )?(?:notifications|alerts)\b/i,
  /\bnever miss an? (?:match|story|thing|beat|headline|update)\b/i,
  /\bget (?:our |the latest )?(?:[\p{L}]+ )?(?:alerts|push notifications)\b/iu,
  /\bget (?:the latest|our best|the best).{0,60}(?:delivered|in your inbox|to your inbox)\b/i,
  /\bwe use cookies\b/i,
  /\baccept (?:all )?cookies\b/i,
  /\bcookie (?:policy|settings|preferences)\b/i,
  ...each('newsletter'),
];

export const NEWSLETTER_COOKIE_SELECTORS =
  '#onetrust-banner-sdk, #onetrust-consent-sdk, .cookie-banner, #cookie-banner, .cookie-consent, #cookie-consent, .cc-window, .newsletter-signup, .newsletter-widget, form[action*="newsletter"], form[action*="subscribe"]';

/** Labels that mark an ad unit; the label must be the block's whole text. */
export const SPONSORED_LABEL = new RegExp(
  `^(?:advertisement|advertising|ad|ads|sponsored|sponsored (?:content|stories|links|by .{1,40})|promoted(?: content| stories)?|paid (?:content|post|partner content)|partner content|(?:story|article|content) continues (?:below|after) (?:this )?advertisement|${alternatives(each('adLabels'))})$`,
  'i',
);

/** The first word of an ad label, in any language: a block opening with one may be a labelled ad unit. */
export const AD_LABEL_START = new RegExp(
  `^(?:advertisement|advertising|ad|ads|sponsored|promoted|paid|partner|${alternatives(each('adLabels').map((label) => label.split(' ')[0] ?? label))})(?![\\p{L}\\p{N}])`,
  'iu',
);

export const AD_SELECTORS =
  'ins.adsbygoogle, [data-ad-slot], [data-ad-unit], [data-ad], [id^="div-gpt-ad"], [id^="google_ads"], .ad, .ads, .advert, .advertisement, .ad-slot, .ad-container, .ad-unit, .ad-wrapper, .sponsored, .taboola, [id^="taboola"], .OUTBRAIN, .outbrain, [aria-label="Advertisement"], iframe[src*="doubleclick.net"], iframe[src*="googlesyndication"]';

/** Image alt text shown as text where an image failed (daily8 "Orange background"). */
export const ALT_JUNK =
  /^(?:(?:[\p{L}]+ )?(?:background|placeholder|spacer)|image|img|photo|picture|thumbnail|icon|logo|banner|blank|loading|(?:[\p{L}]+ )?(?:box|square|gradient))(?: image)?$/iu;

/**
 * Short calls to action left behind by teasers, share bars and toolbars. A block is one when each of
 * its parts (split at "|", "•", "·") is one of these.
 */
const CALLS_TO_ACTION_EN = String.raw`read more|read the (?:full|whole|rest of the) (?:story|article)|read full (?:story|article)|continue reading|keep reading|story continues(?: below)?|see more|show more|view more|load more|click here(?: to (?:read|continue|see) more)?|learn more|get started(?: now)?|tap to (?:read|continue|expand)(?: more)?|view (?:\d+ )?comments|(?:listen to|play) this (?:article|story)(?: ?\d+ min(?:utes)?)?|(?:email|print|save|bookmark|share) (?:this )?(?:story|article|page)|bookmark us|print|email|share|tweet|save|follow us(?: on [\p{L} ,&]+)?|follow [\p{L}\d ]{1,40} on (?:google news|twitter|x|facebook|instagram)|share on [\p{L}]+`;

export const CALL_TO_ACTION = new RegExp(
  `^(?:${CALLS_TO_ACTION_EN}|${alternatives(each('callsToAction'))})[\\s.!:…»>→]*$`,
  'iu',
);
