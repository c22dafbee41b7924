import { expect, test } from 'vitest';
import { TimeoutError, withTimeout } from '../../src/extension/shared/timeout';
import { formatDate, isSameOutlet } from '../../src/extension/ui/format';
import { tabIdFromQuery } from '../../src/extension/ui/query';

test.each([
  ['?tab=12', 12],
  ['?tab=0', 0],
  ['?other=1&tab=7', 7],
  ['', null],
  ['?tab=', null],
  ['?tab=-3', null],
  ['?tab=1e3', null],
  ['?tab=abc', null],
])('tabIdFromQuery(%s) is %s', (search, expected) => {
  expect(tabIdFromQuery(search)).toBe(expected);
});

test.each([
  [null, null],
  ['  ', null],
  ['3 days ago', '3 days ago'],
  ['2025-07-15T10:00:00Z', 'Jul 15, 2025'],
])('formatDate(%s) is %s', (published, expected) => {
  expect(formatDate(published, 'en-US')).toBe(expected);
});

test.each([
  ['The Advertiser', 'Daily8', false],
  ['The Guardian', 'the guardian', true],
  ['Perth Now', 'PerthNow', true],
  [null, 'Daily8', false],
  ['Daily8', null, false],
])('isSameOutlet(%s, %s) is %s', (source, site, expected) => {
  expect(isSameOutlet(source, site)).toBe(expected);
});

test('withTimeout passes a prompt answer through', async () => {
  await expect(withTimeout(Promise.resolve('ok'), 50)).resolves.toBe('ok');
});

test('withTimeout rejects with a TimeoutError when no answer comes', async () => {
  await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toBeInstanceOf(TimeoutError);
});
