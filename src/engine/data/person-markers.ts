// How markup shows that a name is a person's (a byline, a commenter, a user) rather than an outlet's: an
// aggregator's "The Advertiser3 days ago" names a publication; "John Smith03:24 AM" over a comment, or a
// columnist's name beside a date, does not.

/**
 * Class or id words of an element holding a person's name. Not "byline": an aggregator's byline line names
 * the outlet ("<div class=byline><span class=outlet>ABC News</span>…").
 */
export const PERSON_CLASS_WORDS: ReadonlySet<string> = new Set([
  'author',
  'authors',
  'writer',
  'user',
  'username',
  'fullname',
  'screenname',
  'nickname',
  'commenter',
  'vcard',
  'profile',
  'person',
]);

/** itemprop and rel values of a person's name or link. */
export const PERSON_PROPERTIES: ReadonlySet<string> = new Set(['author', 'creator', 'contributor']);

/** A link to a person's page: "/author/jane-doe", "blogger.com/profile/123", "/users/42". */
export const PERSON_LINK =
  /\/(?:authors?|autor(?:en)?|auteurs?|profiles?|users?|people|person|members?|contributors?|journalists?|u)\/[^/?#]/i;

/** A social handle in the text ("@janedoe"), however the template glues it to the name. */
export const HANDLE = /@[\p{L}\p{N}_]{2,}/u;
