import { expect, test } from 'vitest';
import { defaults, type Settings, type SiteMode } from '../../src/extension/shared/settings';
import { shouldAutoClean, toggledMode } from '../../src/extension/shared/site-policy';

function settings(autoClean: boolean, mode?: SiteMode): Settings {
  return { ...defaults, autoClean, sites: mode ? { 'a.com': mode } : {} };
}

test.each([
  // autoClean, site mode, aggregator page → cleaned automatically, mode after a toggle
  [true, undefined, true, true, 'never'],
  [true, undefined, false, false, 'always'],
  [false, undefined, true, false, 'always'],
  [true, 'never', true, false, 'always'],
  [false, 'always', false, true, 'never'],
  [true, 'always', false, true, 'never'],
  [true, 'auto', true, true, 'never'],
] as const)(
  'autoClean=%s, site=%s, aggregator=%s → clean %s, toggle to %s',
  (autoClean, mode, aggregator, clean, next) => {
    const current = settings(autoClean, mode);
    expect(shouldAutoClean(current, 'a.com', aggregator)).toBe(clean);
    expect(toggledMode(current, 'a.com', aggregator)).toBe(next);
  },
);

test('a site choice applies to that host only', () => {
  expect(shouldAutoClean(settings(true, 'never'), 'b.com', true)).toBe(true);
});
