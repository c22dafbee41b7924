// Typed senders: the reply type follows from the message type, and envelopes are unwrapped into
// values or thrown errors. Through the native API: the content script sends from every page (native-api.ts).
import { isEnvelope } from './message-guards';
import type { BackgroundMessage, BackgroundReply, ContentMessage, ContentReply } from './messages';
import { nativeApi } from './native-api';
import { withTimeout } from './timeout';

function unwrap(reply: unknown): unknown {
  if (!isEnvelope(reply)) throw new Error('Unexpected reply');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export async function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
  timeoutMs: number,
): Promise<ContentReply<M['type']>> {
  // The envelope was built by our own handler for this very message type.
  return unwrap(await withTimeout(nativeApi().tabs.sendMessage(tabId, message), timeoutMs)) as ContentReply<
    M['type']
  >;
}

export async function sendToBackground<M extends BackgroundMessage>(
  message: M,
): Promise<BackgroundReply<M['type']>> {
  return unwrap(await nativeApi().runtime.sendMessage(message)) as BackgroundReply<M['type']>;
}
