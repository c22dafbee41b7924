import { expect, test } from 'vitest';
import { blockerForError, isRestrictedUrl } from '../../src/extension/popup/page-state';
import { TimeoutError } from '../../src/extension/shared/timeout';

test.each([
  ['chrome://extensions/', true],
  ['chrome-extension://abc/popup.html', true],
  ['about:addons', true],
  ['about:blank', true],
  ['moz-extension://uuid/page.html', true],
  ['view-source:https://example.com/', true],
  ['https://chromewebstore.google.com/detail/x', true],
  ['https://chrome.google.com/webstore/category/extensions', true],
  ['https://addons.mozilla.org/en-US/firefox/', true],
  ['https://chrome.google.com/search', false],
  ['https://www.daily8.com/news/story', false],
  ['http://127.0.0.1:8080/page', false],
  ['not a url', false],
  [undefined, false],
])('isRestrictedUrl(%s) is %s', (url, expected) => {
  expect(isRestrictedUrl(url)).toBe(expected);
});

test.each([
  [new TimeoutError(5000), 'complete', 'timeout'],
  [new Error('Could not establish connection. Receiving end does not exist.'), 'complete', 'unreachable'],
  [new Error('Could not establish connection. Receiving end does not exist.'), 'loading', 'loading'],
  [new Error('Could not establish connection. Receiving end does not exist.'), undefined, 'unreachable'],
  [new Error('No matching message handler'), 'complete', 'unreachable'],
  [new Error('The message port closed before a response was received.'), 'loading', 'navigated'],
  [
    new Error(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    ),
    'complete',
    'navigated',
  ],
  [new Error('Message manager disconnected'), 'loading', 'navigated'],
  [
    new Error("Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved"),
    'loading',
    'navigated',
  ],
  [new Error('Extraction failed'), 'complete', 'failed'],
  ['a thrown string', 'complete', 'failed'],
])('blockerForError(%s, %s) is %s', (error, status, expected) => {
  expect(blockerForError(error, status)).toBe(expected);
});
