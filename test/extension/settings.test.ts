import { describe, expect, test } from 'vitest';
import { defaults, parseSettings, type Settings, withSiteMode } from '../../src/extension/shared/settings';

const fresh = (): Settings => ({ ...defaults, sites: {} });

describe('parseSettings', () => {
  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'corrupt'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('falls back to the defaults for %s', (_, stored) => {
    expect(parseSettings(stored)).toEqual(fresh());
  });

  test('keeps valid stored settings', () => {
    const stored: Settings = {
      autoClean: false,
      sites: { 'daily8.com': 'never', 'example.org': 'always' },
      custom: { phrases: ['Sign up for alerts'], selectors: ['.promo > a'] },
      extraHosts: ['news.example.net'],
      comfort: {
        theme: 'sepia',
        font: 'dyslexic',
        fontSize: 20,
        lineWidth: 60,
        lineHeight: 2,
        paragraphSpacing: 2.25,
        letterSpacing: 0.12,
        wordSpacing: 0.16,
        images: false,
      },
      speech: { rate: 1.5, voices: { en: 'urn:moz-tts:speechd:English', de: 'Google Deutsch' } },
      version: 3,
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  test('migrates version 1, which had only autoClean and sites', () => {
    const stored = { autoClean: false, sites: { 'daily8.com': 'never' }, version: 1 };
    expect(parseSettings(stored)).toEqual({ ...fresh(), autoClean: false, sites: { 'daily8.com': 'never' } });
  });

  test.each([
    ['a non-boolean autoClean', { autoClean: 'yes', sites: {}, version: 1 }, fresh()],
    [
      'sites that are not a map',
      { autoClean: false, sites: ['a.com'], version: 1 },
      { ...fresh(), autoClean: false },
    ],
    [
      'unknown site modes',
      { autoClean: true, sites: { 'a.com': 'sometimes', 'b.com': 'never' }, version: 1 },
      { ...fresh(), sites: { 'b.com': 'never' } },
    ],
    [
      'keys that are not hosts',
      { autoClean: true, sites: { 'https://a.com/x': 'always', '': 'never', 'b.com': 'always' }, version: 1 },
      { ...fresh(), sites: { 'b.com': 'always' } },
    ],
    [
      '"auto" entries, which are the default',
      { autoClean: true, sites: { 'a.com': 'auto' }, version: 1 },
      fresh(),
    ],
  ])('repairs %s field by field', (_, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });

  test('migrates version-0 boolean site flags', () => {
    const stored = { autoClean: true, sites: { 'a.com': true, 'b.com': false, 'c.com': 'x' } };
    expect(parseSettings(stored)).toEqual({ ...fresh(), sites: { 'a.com': 'always', 'b.com': 'never' } });
  });

  test('always returns the current version', () => {
    expect(parseSettings({ autoClean: true, sites: {}, version: 99 }).version).toBe(defaults.version);
  });

  test('does not share the defaults object, so callers cannot corrupt it', () => {
    const parsed = parseSettings(undefined);
    parsed.sites['a.com'] = 'always';
    expect(defaults.sites).toEqual({});
  });
});

describe('withSiteMode', () => {
  test.each([
    ['always', { 'a.com': 'always' }],
    ['never', { 'a.com': 'never' }],
    ['auto', {}],
  ] as const)('sets %s', (mode, sites) => {
    const start = withSiteMode(fresh(), 'a.com', 'never');
    expect(withSiteMode(start, 'a.com', mode).sites).toEqual(sites);
  });

  test('leaves the input unchanged', () => {
    const start = fresh();
    withSiteMode(start, 'a.com', 'always');
    expect(start.sites).toEqual({});
  });
});
