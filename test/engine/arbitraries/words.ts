// Words and sentences for generated pages: neutral prose (no promo wording, so a rule has no reason to
// remove it) plus the aggregator vocabulary that makes detection and the rules actually fire.
import fc from 'fast-check';

const WORDS = [
  'the',
  'council',
  'river',
  'minister',
  'announced',
  'yesterday',
  'bridge',
  'harbour',
  'election',
  'farmers',
  'rainfall',
  'museum',
  'players',
  'budget',
  'schools',
  'railway',
  'hospital',
  'report',
  'village',
  'engineers',
  'festival',
  'winter',
  'court',
  'judges',
  'market',
  'prices',
  'coastal',
  'storm',
  'officials',
  'residents',
  'library',
  'vaccine',
  'orchestra',
  'airport',
  'tunnel',
  'league',
];

export const word = fc.constantFrom(...WORDS);

/** A prose sentence of 10-16 words, long enough to count as body text for the engine. */
export const sentence = fc
  .array(word, { minLength: 12, maxLength: 24 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);

export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 2 }).map((s) => s.join(' '));

/** Aggregator template text: glued outlet/time labels, promo blocks, empty comment widgets. */
export const aggregatorText = fc.constantFrom(
  'The Advertiser3 days ago',
  'Reuters12 mins ago',
  'Try Our AI Features',
  'Explore what Daily8 AI can do for you:',
  'DOWNLOAD THE APP',
  'Get Started Now: Download the App',
  'No comments yet...',
  'Comments',
  'Sign up for our newsletter',
  'Sponsored',
  'Read more',
  'Related Articles',
);

/** Text that stresses parsers and text handling: controls, surrogates, bidi, entities, combining marks. */
export const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000\u0001\u0008',
    '\uFEFF\u200B\u200E\u202E',
    '\uD800 lone \uDFFF',
    'e\u0301\u0301\u0301',
    '&#0; &#xD800; &#x110000; &amp &lt;b&gt; &nbsp',
    '\r\n\r\u2028\u2029',
    '\u00A0\u3000\t\f',
    '…“quoted”—dash–',
  ),
);
