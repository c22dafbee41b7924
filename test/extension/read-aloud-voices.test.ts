import { describe, expect, test } from 'vitest';
import { languageKey, pickVoice, voicesFor } from '../../src/extension/read-aloud/voices';

const voice = (name: string, lang: string, isDefault = false) => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  default: isDefault,
});
const VOICES = [
  voice('Alex', 'en-US', true),
  voice('Anna', 'de-DE'),
  voice('Bernd', 'de-DE', false),
  voice('Daniel', 'en-GB'),
];

describe('pickVoice', () => {
  test.each([
    ['the remembered voice for the language', 'de', { de: 'uri:Bernd' }, 'Bernd'],
    ['a remembered voice of another language, if the reader chose it', 'de', { de: 'uri:Daniel' }, 'Daniel'],
    ['the first voice of the language when none is remembered', 'de-AT', {}, 'Anna'],
    ['the default voice of the language first', 'en', {}, 'Alex'],
    ['a remembered voice no longer installed is passed over', 'en', { en: 'uri:Gone' }, 'Alex'],
    ['the default voice for a language without one', 'ja', {}, 'Alex'],
  ])('%s', (_, lang, remembered, name) => {
    expect(pickVoice(VOICES, lang, remembered)?.name).toBe(name);
  });

  test('no voice at all: null', () => {
    expect(pickVoice([], 'en', {})).toBeNull();
  });
});

test.each([
  ['en-GB', 'en'],
  ['EN_us', 'en'],
  ['de', 'de'],
  ['', ''],
])('languageKey(%j) is %j', (lang, key) => {
  expect(languageKey(lang)).toBe(key);
});

test('voicesFor lists the language’s voices first', () => {
  expect(voicesFor(VOICES, 'de').map((v) => v.name)).toEqual(['Anna', 'Bernd', 'Alex', 'Daniel']);
});
