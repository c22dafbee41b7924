import { describe, expect, test } from 'vitest';
import { splitGluedLabel } from '../../src/engine/labels/labels';
import { matchLabel, mayEndInTime } from '../../src/engine/labels/time-patterns';

describe('splitGluedLabel', () => {
  test.each([
    ['The Advertiser3 days ago', 'The Advertiser', '3 days ago'],
    ['timean hour ago', null, 'an hour ago'],
    ['Perth Nowan hour ago', 'Perth Now', 'an hour ago'],
    ['Reutersa day ago', 'Reuters', 'a day ago'],
    ['ABC News · 5 mins ago', 'ABC News', '5 mins ago'],
    ['CNN2h ago', 'CNN', '2h ago'],
    ['The Guardian Yesterday', 'The Guardian', 'Yesterday'],
    ['Associated PressYesterday', 'Associated Press', 'Yesterday'],
    ['Spiegel vor 2 Stunden', 'Spiegel', 'vor 2 Stunden'],
    ['tagesschau.devor einer Stunde', 'tagesschau.de', 'vor einer Stunde'],
    ['Die Zeitvor 3 Tagen', 'Die Zeit', 'vor 3 Tagen'],
    ['The Advertiser15 Jul 2025', 'The Advertiser', '15 Jul 2025'],
    ['AP NewsJuly 15, 2025', 'AP News', 'July 15, 2025'],
    ['2 hours ago', null, '2 hours ago'],
    ['schedule3 days ago', null, '3 days ago'],
    ['access_time12 minutes ago', null, '12 minutes ago'],
    ['Updated: 2 hours ago', null, '2 hours ago'],
    ['BBC News · 3h', 'BBC News', '3h'],
    ['Bloomberg3 hours ago', 'Bloomberg', '3 hours ago'],
    ['news.com.au2 hours ago', 'news.com.au', '2 hours ago'],
    ['The Sydney Morning Herald | 20 mins ago', 'The Sydney Morning Herald', '20 mins ago'],
    ['Tue, July 15, 2025 at 9:41 AM', null, 'Tue, July 15, 2025 at 9:41 AM'],
    ['Le Mondeil y a 3 heures', 'Le Monde', 'il y a 3 heures'],
    ['El Paíshace 2 horas', 'El País', 'hace 2 horas'],
    ['The Times of Indiaa few hours ago', 'The Times of India', 'a few hours ago'],
    ['9News2025-07-15', '9News', '2025-07-15'],
    ['Reuters · Today', 'Reuters', 'Today'],
    ['just now', null, 'just now'],
    ['Perth Nowjust now', 'Perth Now', 'just now'],
    ['Posted by staff 2 hours ago', null, '2 hours ago'],
    ['By Jane Doe · 2h ago', null, '2h ago'],
    ['via Reuters 2 hours ago', 'Reuters', '2 hours ago'],
    ['Reuters Updated 2 hours ago', 'Reuters', '2 hours ago'],
    ['Last updated September 14, 2016', null, 'September 14, 2016'],
    ['Live · 5 mins ago', null, '5 mins ago'],
  ])('%j -> %j / %j', (text, source, published) => {
    expect(splitGluedLabel(text)).toEqual({ source, published });
  });

  test.each([
    ['North Korea reaffirms support for Russia in Ukraine war'],
    ['He arrived in Perth 3 days ago'],
    ['It happened 2 hours ago'],
    ['The minister said the deal was signed 3 days ago. Officials disagreed.'],
    ['USA Today'],
    ['Marissa Mayer'],
    ['Perth Now'],
    ['West Australian'],
    [''],
    ['1:15 Published 26 Nov 2018'],
    ['April 5, 2018 | 6:00 PM'],
    ['Aa · 2h'],
    [`${'A very long outlet name that goes on '.repeat(3)}3 days ago`],
    ['3 days ago and counting'],
    ['Channel 9:30'],
    // An address is no date: no day and month in it.
    ['172.20.30.50'],
    ['Server 172.20.30.50'],
  ])('%j is not a label', (text) => {
    expect(splitGluedLabel(text)).toBeNull();
  });

  test('collapses whitespace and non-breaking spaces', () => {
    expect(splitGluedLabel('  Reuters\u00a0\u00b7\n 2h ago ')).toEqual({
      source: 'Reuters',
      published: '2h ago',
    });
  });
});

describe('mayEndInTime, the cheap check before the label pattern', () => {
  // Every time the pattern knows without a digit, in each language, glued or not.
  test.each([
    'just now',
    'Reutersa few moments ago',
    'GuardianYesterday',
    'ABC · Today',
    'Spiegelvor einer Stunde',
    'Le Mondeil y a quelques minutes',
    'El Paíshace una hora',
    'Le Figaro · hier',
    'El Mundo · ayer',
  ])('%j may be a label, and the pattern agrees', (text) => {
    expect(mayEndInTime(text)).toBe(true);
    expect(matchLabel(text)).not.toBeNull();
  });

  test.each(['Read more', 'Share this story', 'Council approves new bridge', 'Try Our AI Features'])(
    '%j cannot be a label, and the pattern agrees',
    (text) => {
      expect(mayEndInTime(text)).toBe(false);
      expect(matchLabel(text)).toBeNull();
    },
  );
});

describe('matchLabel', () => {
  // Matched against the lower-cased text, the parts are cut from the text itself; where lower-casing changes a
  // text's length ("İ" becomes two code units), the text is matched case-blind as it is.
  test.each([
    ['The Advertiser3 days ago', 'The Advertiser', '3 days ago', 'strong'],
    ['THE ADVERTISER3 DAYS AGO', 'THE ADVERTISER', '3 DAYS AGO', 'strong'],
    ['Der SpiegelVor 3 Stunden', 'Der Spiegel', 'Vor 3 Stunden', 'strong'],
    ['GuardianYesterday', 'Guardian', 'Yesterday', 'day'],
    ['Le Monde · 14:05', 'Le Monde · ', '14:05', 'weak'],
    ['İHA3 days ago', 'İHA', '3 days ago', 'strong'],
    ['İstanbul Haber · Yesterday', 'İstanbul Haber · ', 'Yesterday', 'day'],
  ] as const)('%j is %j then %j (%s)', (text, prefix, time, kind) => {
    expect(matchLabel(text)).toEqual({ prefix, time, kind });
  });
});
