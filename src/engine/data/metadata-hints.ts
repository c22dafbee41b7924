// Where pages name the original outlet, the writer, the date and the original link. Kept as data.

/** Class or itemprop words of elements that name the original outlet ("caas-attr-provider"). */
export const SOURCE_CLASS =
  /(?:^|[\s_-])(?:source|provider|attribution|outlet|publisher-?name|syndicat\w*|origin(?:al)?-?source)(?=$|[\s_-])/;
/** ...unless they credit a picture or are code ("image-source", "source-code"). */
export const NOT_SOURCE_CLASS = /image|photo|img|picture|video|credit|caption|code|srcset|media|gallery/;
export const SOURCE_ITEMPROPS = ['provider', 'sourceorganization', 'sourceOrganization'];
export const SOURCE_DATA_ATTRIBUTES = [
  'data-source',
  'data-provider',
  'data-outlet',
  'data-source-name',
  'data-provider-name',
];

/** Text that names the outlet: "Source: Reuters", "Originally published by The Conversation". */
export const SOURCE_TEXT: readonly RegExp[] = [
  /^(?:source|sources|quelle|fuente|fonte|via)\s*:\s*(.+)$/i,
  /(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:by|on|in|at|with)\s+(.+?)(?:\s+on\s+\w+\s+\d.*)?\.?$/i,
  /^(?:provided by|courtesy of|distributed by|syndicated from|bereitgestellt von|zur verfügung gestellt von|fourni par|proposé par|proporcionado por|cortesía de)\s+(.+)$/i,
  /^(?:this (?:article|story|content) (?:is|was) )?(?:republished|reproduced|published) (?:from|with permission from|courtesy of)\s+(.+?)\.?$/i,
  /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+)$/i,
];

/** <meta> names that carry the outlet's name. */
export const SOURCE_META = [
  'original-source-name',
  'syndication-source-name',
  'article:source',
  'og:article:source',
  'source',
  'dc.source',
  'dcterms.source',
  'provider',
  'article:provider',
  'sailthru.source',
];

/** <meta> names that carry the original story's URL. */
export const ORIGINAL_URL_META = ['syndication-source', 'original-source'];

/** Link texts that lead to the original story ("Read the original article", "View on The Guardian"). */
export const ORIGINAL_LINK_TEXT: readonly RegExp[] = [
  /^(?:read|view|see)\s+(?:the\s+)?original(?:\s+(?:article|story|post))?\b/i,
  /^(?:read|view|see)\s+(?:the\s+)?(?:full|complete)\s+(?:article|story|post)\b/i,
  /^(?:read|view|see|continue reading)\s+(?:(?:the\s+)?(?:full\s+)?(?:article|story|more|it)\s+)(?:on|at)\s+\S/i,
  /^(?:view|continue reading)\s+(?:on|at)\s+\S/i,
  /^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:on|at|in|by)\b/i,
  /^(?:go to|visit)\s+(?:the\s+)?(?:original|source)\b/i,
  /^(?:zum originalartikel|originalartikel|den ganzen artikel (?:lesen|auf))\b/i,
  /^(?:lire|voir) l['\u2019]article original\b/i,
];

export const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'pubdate',
  'firstpublisheddate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'date',
];

export const AUTHOR_META = [
  'author',
  'article:author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
];
export const SITE_NAME_META = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];
export const BYLINE_CLASS = /byline|author|writer|contributor/i;
export const BYLINE_LEAD =
  /^(?:(?:story|written|posted|words|reporting|text)\s+)?(?:by|von|par|por|di|door|af)\s*:?\s+/i;

/** Languages written right to left (primary subtags). */
export const RTL_LANGUAGES = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi'];
