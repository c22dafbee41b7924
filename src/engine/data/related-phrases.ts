// Headings that introduce a list of other stories. Compared lower-cased, without trailing
// punctuation; a heading may also continue after the phrase ("More from Reuters", "Trending in UK").
export const RELATED_HEADINGS: readonly string[] = [
  'related',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related posts',
  'related coverage',
  'related links',
  'related reading',
  'related headlines',
  'more headlines',
  'top headlines',
  'latest headlines',
  'more stories',
  'more from',
  'more news',
  'more articles',
  'more on this story',
  'more on this topic',
  'more on',
  'more for you',
  'more to explore',
  'more like this',
  'trending',
  'trending now',
  'trending stories',
  'recommended',
  'recommended for you',
  'recommended stories',
  'recommended reading',
  'you may also like',
  'you might also like',
  'you may like',
  'you might like',
  'you may also be interested in',
  'top stories',
  'top news',
  'read next',
  'read more',
  'what to read next',
  'also read',
  'read also',
  'see also',
  'most read',
  'most popular',
  'most viewed',
  'popular',
  'popular now',
  'popular stories',
  'up next',
  'latest news',
  'latest stories',
  'latest',
  "editor's picks",
  'editors picks',
  "don't miss",
  'in case you missed it',
  'in other news',
  'around the web',
  'weitere artikel',
  'ähnliche artikel',
  'ähnliche themen',
  'verwandte artikel',
  'weitere nachrichten',
  'mehr zum thema',
  'mehr aus',
  'mehr von',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'auch interessant',
  'lesen sie auch',
  'meistgelesen',
  'meistgelesene artikel',
  'à lire aussi',
  'a lire aussi',
  'sur le même sujet',
  'noticias relacionadas',
  'te puede interesar',
  'también te puede interesar',
];

/** Words in a class, id or aria-label that name a related-stories container. */
export const RELATED_CONTAINER_TOKENS: readonly string[] = [
  'related',
  'recommend',
  'recommended',
  'more-stories',
  'more-articles',
  'more-news',
  'more-for-you',
  'more-from',
  'read-next',
  'read-more-stories',
  'up-next',
  'you-may-like',
  'you-may-also-like',
  'also-like',
  'trending',
  'most-read',
  'most-popular',
  'top-stories',
  'weitere-artikel',
];

/** Regions whose links are navigation, never stories (site-level header and footer are added in code). */
export const NAVIGATION_SELECTOR =
  'nav, [role="navigation"], [role="contentinfo"], [role="banner"], [role="menu"], [role="menubar"]';

/** Link texts of buttons and widgets, never a story headline ("Share on Facebook"). */
export const NOT_STORY_LINK =
  /^(?:share|follow|tweet|email|e-mail|print|subscribe|sign (?:up|in)|log ?in|register|download|install|get the app|view (?:all|more|comments)|see (?:all|more)|show (?:all|more)|load more|learn more|read more|find out more|more info|click here|continue reading|leave a comment|comments?\b|reply|report this|next page|previous page)/i;

/** Class or id words of ad-network widgets styled as related stories (Taboola, Outbrain, ...). */
export const AD_WIDGET =
  /taboola|outbrain|ob-widget|\bob_|zergnet|trc_|revcontent|mgid|dianomi|adchoices|sponsor|promoted|native-?ad|newsmax|content-?ad|(?:^|[\s_-])ads?(?:$|[\s_-])/i;

/** Class words of an element that names a story's outlet ("provider", "source", "outlet"). */
export const SOURCE_HINT =
  /provider|source|publisher|outlet|attribution|brand|channel|site-?name|quelle|fuente|fonte|origine/i;

/**
 * Class words of a card label that is about the story or its writer, not its outlet: a category ("Politics",
 * "Malaysia"), a place, a media badge ("Mit Video"), a byline. Matched anywhere in the class attribute.
 */
export const NOT_SOURCE_HINT =
  /categor|section|tag|topic|kicker|label|badge|eyebrow|flag|genre|byline|author|rubri|ressort|location|region|dateline|video|audio|photo|gallery/i;
