import { describe, expect, test } from 'vitest';
import { DEFAULT_COMFORT } from '../../src/extension/shared/comfort';
import { defaults, parseSettings, type Settings } from '../../src/extension/shared/settings';
import { exportSettings, importSettings } from '../../src/extension/shared/settings-file';
import { FILE_FORMAT } from '../../src/formats/settings-file-format';

const sample: Settings = {
  ...defaults,
  autoClean: false,
  sites: { 'daily8.com': 'always' },
  custom: { phrases: ['Download the app'], selectors: ['.promo'] },
  extraHosts: ['agg.example.com'],
  comfort: {
    ...DEFAULT_COMFORT,
    theme: 'sepia',
    font: 'serif',
    fontSize: 19,
    lineHeight: 1.8,
    images: false,
  },
};

describe('settings export and import', () => {
  test('an exported file imports to the same settings', () => {
    expect(importSettings(exportSettings(sample))).toEqual({ ok: true, settings: sample });
  });

  test('the file names its format, so a foreign JSON file is told apart', () => {
    expect(JSON.parse(exportSettings(sample)).format).toBe(FILE_FORMAT);
  });

  test.each([
    ['not JSON at all', 'hello', 'importNotJson'],
    ['truncated JSON', exportSettings(sample).slice(0, 40), 'importNotJson'],
    ['a JSON array', '[1,2]', 'importNotSettings'],
    ['another program’s JSON', '{"name":"my-package","version":"1.0.0"}', 'importNotSettings'],
    ['the marker without settings', `{"format":"${FILE_FORMAT}"}`, 'importNotSettings'],
    ['bare settings without the marker', JSON.stringify(sample), 'importNotSettings'],
  ])('rejects %s with a reason', (_, text, error) => {
    expect(importSettings(text)).toEqual({ ok: false, error });
  });

  test('repairs bad fields in an otherwise valid file, like stored settings', () => {
    const text = JSON.stringify({
      format: FILE_FORMAT,
      settings: { autoClean: 'yes', sites: { 'a.com': 'never' }, comfort: { theme: 'neon' }, version: 2 },
    });
    expect(importSettings(text)).toEqual({
      ok: true,
      settings: { ...parseSettings(undefined), sites: { 'a.com': 'never' } },
    });
  });

  test('migrates version-1 settings inside a marked file', () => {
    const text = JSON.stringify({
      format: FILE_FORMAT,
      settings: { autoClean: false, sites: {}, version: 1 },
    });
    const result = importSettings(text);
    expect(result.ok && result.settings.autoClean).toBe(false);
    expect(result.ok && result.settings.version).toBe(defaults.version);
  });
});
