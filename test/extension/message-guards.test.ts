import { expect, test } from 'vitest';
import {
  isBackgroundMessage,
  isContentMessage,
  isEnvelope,
  isFromExtension,
} from '../../src/extension/shared/message-guards';

test.each([
  [{ type: 'get-status' }, true],
  [{ type: 'get-article' }, true],
  [{ type: 'show-original' }, true],
  [{ type: 'clean-again' }, true],
  [{ type: 'removed-count', count: 3 }, false],
  [{ type: 'GET-STATUS' }, false],
  [{ type: 'toString' }, false],
  [{ kind: 'get-status' }, false],
  ['get-status', false],
  [null, false],
  [undefined, false],
  [['get-status'], false],
])('isContentMessage(%j) is %s', (value, expected) => {
  expect(isContentMessage(value)).toBe(expected);
});

test.each([
  [{ type: 'removed-count', count: 0 }, true],
  [{ type: 'removed-count', count: 12 }, true],
  [{ type: 'removed-count', count: -1 }, false],
  [{ type: 'removed-count', count: 1.5 }, false],
  [{ type: 'removed-count', count: '3' }, false],
  [{ type: 'removed-count' }, false],
  [{ type: 'get-status' }, false],
  [{}, false],
])('isBackgroundMessage(%j) is %s', (value, expected) => {
  expect(isBackgroundMessage(value)).toBe(expected);
});

test.each([
  [{ id: 'ext-id' }, true],
  [{ id: 'other-extension' }, false],
  [{}, false],
  [undefined, false],
])('isFromExtension(%j) is %s', (sender, expected) => {
  expect(isFromExtension(sender, 'ext-id')).toBe(expected);
});

test.each([
  [{ ok: true, value: 1 }, true],
  [{ ok: true, value: undefined }, true],
  [{ ok: false, error: 'broken' }, true],
  [{ ok: true }, false],
  [{ ok: false }, false],
  [{ ok: 'yes', value: 1 }, false],
  [null, false],
])('isEnvelope(%j) is %s', (value, expected) => {
  expect(isEnvelope(value)).toBe(expected);
});
