// Read-aloud settings: the speed, and the voice the reader chose for each language.
import { isRecord } from '../../formats/settings-fields';
import { inRange } from './comfort';

export const RATE = { min: 0.5, max: 3, step: 0.25 } as const;

/** Languages with a remembered voice, at most: a reader reads a handful. */
const MAX_VOICES = 50;
const MAX_URI_CHARS = 300;

export interface Speech {
  rate: number;
  /** A voice's URI by language ("en", "de"): see read-aloud/voices.ts. */
  voices: Record<string, string>;
}

export const DEFAULT_SPEECH: Speech = Object.freeze({
  rate: 1,
  voices: Object.freeze({}) as Record<string, string>,
});

export function parseSpeech(raw: unknown): Speech {
  const speech = isRecord(raw) ? raw : {};
  const voices: Record<string, string> = {};
  if (isRecord(speech.voices))
    for (const [lang, uri] of Object.entries(speech.voices).slice(0, MAX_VOICES))
      if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri !== '' && uri.length <= MAX_URI_CHARS)
        voices[lang] = uri;
  return { rate: inRange(speech.rate, RATE, DEFAULT_SPEECH.rate), voices };
}
