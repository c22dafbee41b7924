// Turns a handler map into an onMessage listener: filters foreign or malformed messages, dispatches by type
// and wraps the result (or the failure) in an envelope.
import type { Runtime } from 'webextension-polyfill';
import type { SenderLike } from './message-guards';
import { isFromExtension } from './message-guards';
import type { Envelope } from './messages';

export type Handlers<M extends { type: string }, R extends Record<M['type'], unknown>> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, sender: Runtime.MessageSender) => Promise<R[K]>;
};

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function settle<T>(run: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

export function createListener<M extends { type: string }, R extends Record<M['type'], unknown>>(
  handlers: Handlers<M, R>,
  isMessage: (value: unknown) => value is M,
  runtimeId: string,
): (message: unknown, sender: Runtime.MessageSender & SenderLike) => Promise<Envelope<unknown>> | undefined {
  return (message, sender) => {
    // Returning undefined leaves the message to other listeners and sends nothing back.
    if (!isFromExtension(sender, runtimeId) || !isMessage(message)) return undefined;
    // TypeScript cannot relate handlers[message.type] to message's own member of the union; the map's type does.
    const handler = handlers[message.type as M['type']] as (
      m: M,
      s: Runtime.MessageSender,
    ) => Promise<unknown>;
    return settle(() => handler(message, sender));
  };
}

/** What the browser's own onMessage calls (native-api.ts): true keeps the channel open for a reply to come. */
export type NativeListener = (
  message: unknown,
  sender: Runtime.MessageSender & SenderLike,
  sendResponse: (reply: unknown) => void,
) => boolean;

/**
 * A createListener() listener for the browser's own onMessage: the reply goes through sendResponse, which Chrome
 * and Firefox both support, where the polyfill took the returned promise. A message it does not answer gets
 * false, so the channel closes at once and the sender is not kept waiting.
 */
export function viaSendResponse(
  listener: (message: unknown, sender: Runtime.MessageSender & SenderLike) => Promise<unknown> | undefined,
): NativeListener {
  return (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
}
