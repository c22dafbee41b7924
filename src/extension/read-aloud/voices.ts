// Which of the browser's voices reads an article: the one the reader chose for its language last time, else the
// browser's default voice for that language, else any voice of that language, else the browser's default.

/** What the player needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
}

/** "en-GB", "en_gb" and "EN" are all English: voices are remembered per language, not per region. */
export function languageKey(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The voices for `lang` first, the reader's language's next, then the rest, each group by name. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const key = languageKey(lang);
  const rank = (voice: V) => (languageKey(voice.lang) === key ? 0 : 1);
  return [...voices].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: string,
  remembered: Readonly<Record<string, string>>,
): V | null {
  const key = languageKey(lang);
  const chosen = remembered[key];
  const own = voices.filter((voice) => languageKey(voice.lang) === key);
  return (
    voices.find((voice) => voice.voiceURI === chosen) ??
    own.find((voice) => voice.default) ??
    own[0] ??
    voices.find((voice) => voice.default) ??
    voices[0] ??
    null
  );
}
