import { describe, expect, test } from 'vitest';
import { DEFAULT_COMFORT, FONT_SIZE, LINE_WIDTH } from '../../src/extension/shared/comfort';
import { defaults, parseSettings, SETTINGS_VERSION } from '../../src/extension/shared/settings';
import { MAX_RULE_CHARS, MAX_RULES, normaliseHost } from '../../src/formats/settings-fields';

const v2 = (change: Record<string, unknown>) => ({ ...defaults, version: 2, ...change });

describe('settings version 2: custom rules', () => {
  test('trims entries, drops empty, overlong, non-string and repeated ones', () => {
    const custom = {
      phrases: ['  Get the app ', '', 'Get the app', 42, 'x'.repeat(MAX_RULE_CHARS + 1), null],
      selectors: ['.promo', ' .promo ', '#x[['],
    };
    // Selector syntax is the options page's and the engine's business; storage keeps what was typed.
    expect(parseSettings(v2({ custom })).custom).toEqual({
      phrases: ['Get the app'],
      selectors: ['.promo', '#x[['],
    });
  });

  test('caps each list', () => {
    const phrases = Array.from({ length: MAX_RULES + 20 }, (_, i) => `phrase ${i}`);
    expect(parseSettings(v2({ custom: { phrases, selectors: [] } })).custom.phrases).toHaveLength(MAX_RULES);
  });

  test.each([['a string'], [[1, 2]], [null]])(
    'replaces custom rules given as %j with empty lists',
    (custom) => {
      expect(parseSettings(v2({ custom })).custom).toEqual({ phrases: [], selectors: [] });
    },
  );
});

describe('settings version 2: extra hosts', () => {
  test('normalises what a reader types and drops what is not a host', () => {
    const extraHosts = [
      'WWW.News.Example.com',
      'https://agg.example.org/path',
      'not a host',
      '.x.',
      'agg.example.org',
    ];
    expect(parseSettings(v2({ extraHosts })).extraHosts).toEqual(['news.example.com', 'agg.example.org']);
  });

  test.each([
    ['example.com', 'example.com'],
    [' http://www.Example.com/a/b ', 'example.com'],
    ['exa mple.com', null],
    ['', null],
    ['example.com.', null],
  ])('normaliseHost(%j) is %j', (input, expected) => {
    expect(normaliseHost(input)).toBe(expected);
  });
});

describe('settings version 2: reading comfort', () => {
  test('keeps valid values', () => {
    const comfort = { theme: 'dark', font: 'serif', fontSize: 18, lineWidth: 80 };
    expect(parseSettings(v2({ comfort })).comfort).toEqual({ ...DEFAULT_COMFORT, ...comfort });
  });

  test('clamps sizes into range and rounds them', () => {
    const comfort = { theme: 'light', font: 'sans', fontSize: 99, lineWidth: 1.4 };
    expect(parseSettings(v2({ comfort })).comfort).toEqual({
      ...DEFAULT_COMFORT,
      theme: 'light',
      font: 'sans',
      fontSize: FONT_SIZE.max,
      lineWidth: LINE_WIDTH.min,
    });
  });

  test('replaces unknown values field by field', () => {
    const comfort = { theme: 'neon', font: 'comic', fontSize: '18', lineWidth: Number.NaN };
    expect(parseSettings(v2({ comfort })).comfort).toEqual(DEFAULT_COMFORT);
  });

  test('a version-0 store gets every new field at its default', () => {
    const parsed = parseSettings({ autoClean: false, sites: { 'a.com': true } });
    expect(parsed).toEqual({
      ...defaults,
      autoClean: false,
      sites: { 'a.com': 'always' },
      version: SETTINGS_VERSION,
    });
  });
});

describe('settings version 3: spacing, images and the dyslexia-friendly font', () => {
  test('a version 2 comfort keeps what the reader chose; the new fields take their defaults', () => {
    const comfort = { theme: 'sepia', font: 'serif', fontSize: 20, lineWidth: 85 };
    expect(parseSettings(v2({ comfort })).comfort).toEqual({ ...DEFAULT_COMFORT, ...comfort });
  });

  test('a version 2 line width at the old default, 70, moves to the new one', () => {
    const comfort = { theme: 'dark', font: 'sans', fontSize: 16, lineWidth: 70 };
    expect(parseSettings(v2({ comfort })).comfort.lineWidth).toBe(DEFAULT_COMFORT.lineWidth);
    // Chosen in version 3, 70 is the reader's.
    expect(parseSettings({ ...defaults, comfort: { ...comfort } }).comfort.lineWidth).toBe(70);
  });
});

describe('settings version 3: reading aloud', () => {
  test.each([
    [
      { rate: 1.5, voices: { en: 'voice-a' } },
      { rate: 1.5, voices: { en: 'voice-a' } },
    ],
    [
      { rate: 9, voices: { 'en-GB': 'x', de: 3, fr: '' } },
      { rate: 3, voices: {} },
    ],
    [{ rate: 1.1 }, { rate: 1, voices: {} }],
    ['fast', { rate: 1, voices: {} }],
  ])('%j is stored as %j', (speech, expected) => {
    expect(parseSettings(v2({ speech })).speech).toEqual(expected);
  });
});
