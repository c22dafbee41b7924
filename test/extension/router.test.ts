import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { isContentMessage } from '../../src/extension/shared/message-guards';
import type { ContentMessage, ContentReplies, PageStatus } from '../../src/extension/shared/messages';
import { createListener, type Handlers, viaSendResponse } from '../../src/extension/shared/router';

const status: PageStatus = {
  host: 'a.com',
  readable: true,
  detection: null,
  cleaned: true,
  removedCount: 2,
  undone: [],
  error: null,
  work: {
    slices: 0,
    totalMs: 0,
    longestMs: 0,
    longestKind: null,
    byKind: {},
    observed: { batches: 0, nodes: 0, dropped: 0 },
  },
};

function handlers(): Handlers<ContentMessage, ContentReplies> {
  return {
    'get-status': vi.fn(async () => status),
    'get-article': vi.fn(async () => ({ status, article: null })),
    'show-original': vi.fn(async () => ({ ...status, cleaned: false })),
    'clean-again': vi.fn(async () => {
      throw new Error('page went away');
    }),
    'count-matches': vi.fn(async () => ({ phrases: 0, selectors: 0 })),
  };
}

const own: Runtime.MessageSender = { id: 'ext-id' };

describe('createListener', () => {
  test('dispatches to the handler named by the message type and wraps its reply', async () => {
    const map = handlers();
    const listener = createListener(map, isContentMessage, 'ext-id');
    await expect(listener({ type: 'show-original' }, own)).resolves.toEqual({
      ok: true,
      value: { ...status, cleaned: false },
    });
    expect(map['show-original']).toHaveBeenCalledOnce();
    expect(map['get-status']).not.toHaveBeenCalled();
  });

  test('turns a handler failure into an error envelope', async () => {
    const listener = createListener(handlers(), isContentMessage, 'ext-id');
    await expect(listener({ type: 'clean-again' }, own)).resolves.toEqual({
      ok: false,
      error: 'page went away',
    });
  });

  test.each([
    ['another extension', { type: 'get-status' }, { id: 'other' }],
    ['a sender without id', { type: 'get-status' }, {}],
    ['an unknown message', { type: 'delete-everything' }, own],
    ['a malformed message', 'get-status', own],
  ])('ignores %s without answering', (_, message, sender) => {
    const map = handlers();
    expect(createListener(map, isContentMessage, 'ext-id')(message, sender)).toBeUndefined();
    for (const handler of Object.values(map)) expect(handler).not.toHaveBeenCalled();
  });
});

describe('viaSendResponse', () => {
  const listener = viaSendResponse(createListener(handlers(), isContentMessage, 'ext-id'));

  test('answers a message it handles through sendResponse, keeping the channel open for it', async () => {
    const sendResponse = vi.fn();
    expect(listener({ type: 'get-status' }, own, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: status }));
  });

  test('sends a failure as an envelope too', async () => {
    const sendResponse = vi.fn();
    expect(listener({ type: 'clean-again' }, own, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'page went away' }));
  });

  test.each([
    ['a foreign sender', { type: 'get-status' }, { id: 'other-extension' }],
    ['a malformed message', { type: 'no-such-type' }, own],
  ])('closes the channel at once for %s', async (_name, message, sender) => {
    const sendResponse = vi.fn();
    expect(listener(message, sender, sendResponse)).toBe(false);
    await Promise.resolve();
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
