// Runtime checks for incoming messages: onMessage hands listeners `unknown`, and only this extension's
// own, well-formed messages may reach a handler.
import type { BackgroundMessage, ContentMessage, Envelope } from './messages';
import { BACKGROUND_MESSAGE_TYPES, CONTENT_MESSAGE_TYPES } from './messages';

export interface SenderLike {
  id?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType<T extends string>(value: unknown, types: readonly T[]): value is { type: T } {
  return (
    isRecord(value) && typeof value.type === 'string' && (types as readonly string[]).includes(value.type)
  );
}

export function isFromExtension(sender: SenderLike | undefined, runtimeId: string): boolean {
  return sender?.id !== undefined && sender.id === runtimeId;
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Content-script messages carry no payload, but for count-matches, whose rules must be string lists. */
export function isContentMessage(value: unknown): value is ContentMessage {
  if (!hasType(value, CONTENT_MESSAGE_TYPES)) return false;
  if (value.type !== 'count-matches') return true;
  const custom = (value as { custom?: unknown }).custom;
  return isRecord(custom) && isStringList(custom.phrases) && isStringList(custom.selectors);
}

const backgroundPayloadChecks: {
  [K in BackgroundMessage['type']]: (value: Record<string, unknown>) => boolean;
} = {
  'removed-count': (value) =>
    typeof value.count === 'number' && Number.isInteger(value.count) && value.count >= 0,
  'scan-text': (value) => typeof value.text === 'string',
};

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  return hasType(value, BACKGROUND_MESSAGE_TYPES) && backgroundPayloadChecks[value.type](value);
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && typeof value.error === 'string';
}
