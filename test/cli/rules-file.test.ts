import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { parseRules } from '../../src/cli/rules-file';
import { defaults } from '../../src/extension/shared/settings';
import { exportSettings } from '../../src/extension/shared/settings-file';

describe('--rules file', () => {
  test('reads phrases, selectors and extra hosts', () => {
    const text = JSON.stringify({
      phrases: ['© The Guardian'],
      selectors: ['.ad'],
      extraHosts: ['WWW.Agg.com'],
    });
    expect(parseRules(text)).toEqual({
      ok: true,
      options: { custom: { phrases: ['© The Guardian'], selectors: ['.ad'] }, extraHosts: ['agg.com'] },
    });
  });

  test('reads the rules out of a settings file exported by the extension', () => {
    const settings = {
      ...defaults,
      custom: { phrases: ['Get the app'], selectors: [] },
      extraHosts: ['x.com'],
    };
    expect(parseRules(exportSettings(settings))).toEqual({
      ok: true,
      options: { custom: { phrases: ['Get the app'], selectors: [] }, extraHosts: ['x.com'] },
    });
  });

  test.each([
    ['{oops', 'is not JSON'],
    ['[]', 'has none of phrases, selectors, extraHosts'],
    ['{"name":"pkg"}', 'has none of phrases, selectors, extraHosts'],
  ])('rejects %j', (text, message) => {
    expect(parseRules(text)).toEqual({ ok: false, message });
  });
});

describe('--rules option', () => {
  test.each([
    [['--rules', 'r.json', 'a.html'], 'r.json'],
    [['--rules=r.json'], 'r.json'],
  ])('%j names the rules file', (argv, rules) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind === 'run' && parsed.options.rules).toBe(rules);
  });

  test('needs a value', () => {
    expect(parseArgs(['--rules'])).toEqual({ kind: 'error', message: 'option --rules needs a value' });
  });
});
