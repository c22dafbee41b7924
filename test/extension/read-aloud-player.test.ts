import { describe, expect, test } from 'vitest';
import { type PlayerState, ReadAloud, type UtteranceLike } from '../../src/extension/read-aloud/player';

const utterance = (text: string): UtteranceLike => ({
  text,
  lang: '',
  rate: 1,
  voice: null,
  onboundary: null,
  onend: null,
  onerror: null,
});

/** A speech engine that speaks nothing: it records utterances, and the test ends them or reports words. */
function stubEngine() {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const env = {
    speak: (utterance: UtteranceLike) => spoken.push(utterance),
    cancel: () => {
      cancels++;
      // As the engines do: the cancelled utterance reports an error, then its end.
      const last = spoken.at(-1);
      last?.onerror?.({ error: 'interrupted' });
      last?.onend?.();
    },
    utterance,
  };
  const states: PlayerState[] = [];
  const words: [number, number, number][] = [];
  const failures: string[] = [];
  const player = new ReadAloud(env, {
    state: (state) => states.push(state),
    word: (...word) => words.push(word),
    failed: (error) => failures.push(error),
  });
  /** Ends the utterance being spoken, as the engine does when it has said it all. */
  const finish = () => spoken.at(-1)?.onend?.();
  const sayAll = () => {
    for (let i = 0; i < 100 && player.state.status === 'playing'; i++) finish();
  };
  return { player, spoken, states, words, failures, finish, sayAll, cancels: () => cancels };
}

const ARTICLE = ['Council approves budget', 'The council met on Monday.', 'Work starts in spring.'];
const long = Array.from({ length: 30 }, (_, i) => `Sentence ${i} is about the long debate.`).join(' ');

describe('ReadAloud', () => {
  test('reads title then paragraphs, in order, each once, then stops', () => {
    const { player, spoken, sayAll } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play();
    sayAll();
    expect(spoken.map((u) => u.text)).toEqual(ARTICLE);
    expect(spoken.every((u) => u.lang === 'en')).toBe(true);
    expect(player.state).toEqual({ status: 'idle', segment: 0, total: 3 });
  });

  test('a long paragraph goes out in pieces that put it back together', () => {
    const { player, spoken, sayAll } = stubEngine();
    player.load([long], 'en');
    player.play();
    sayAll();
    expect(spoken.length).toBeGreaterThan(3);
    expect(spoken.map((u) => u.text).join('')).toBe(long);
  });

  test('word boundaries give offsets in the paragraph, across pieces', () => {
    const { player, spoken, words, finish } = stubEngine();
    player.load([long], 'en');
    player.play();
    spoken[0]!.onboundary?.({ charIndex: 0, name: 'word' });
    spoken[0]!.onboundary?.({ charIndex: 9, charLength: 1, name: 'word' });
    finish();
    const second = spoken[1]!;
    second.onboundary?.({ charIndex: 0, name: 'word' });
    // Sentence boundaries are not words.
    second.onboundary?.({ charIndex: 0, name: 'sentence' });
    const offset = spoken[0]!.text.length;
    expect(words).toEqual([
      [0, 0, 8],
      [0, 9, 10],
      [0, offset, offset + long.slice(offset).indexOf(' ')],
    ]);
  });

  test('pause keeps the word reached, and resume reads from it', () => {
    const { player, spoken, states } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play(1);
    spoken[0]!.onboundary?.({ charIndex: 16, name: 'word' });
    player.pause();
    expect(states.at(-1)).toEqual({ status: 'paused', segment: 1, total: 3 });
    player.toggle();
    expect(spoken.map((u) => u.text)).toEqual(['The council met on Monday.', 'on Monday.']);
  });

  test('events of a cancelled utterance move nothing on', () => {
    const { player, spoken } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play();
    const first = spoken[0]!;
    player.pause();
    first.onend?.();
    first.onboundary?.({ charIndex: 3, name: 'word' });
    expect(spoken).toHaveLength(1);
    expect(player.state).toEqual({ status: 'paused', segment: 0, total: 3 });
  });

  test('next and previous move by paragraph; previous first goes back to the start of the one being read', () => {
    const { player, spoken } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play();
    player.next();
    player.next();
    player.next();
    spoken.at(-1)!.onboundary?.({ charIndex: 5, name: 'word' });
    player.previous();
    player.previous();
    expect(spoken.map((u) => u.text)).toEqual([
      ARTICLE[0],
      ARTICLE[1],
      ARTICLE[2],
      ARTICLE[2],
      ARTICLE[2],
      ARTICLE[1],
    ]);
  });

  test('speed and voice apply to the next utterance, spoken again from the word reached', () => {
    const { player, spoken } = stubEngine();
    player.load(ARTICLE, 'de');
    player.play(1);
    spoken[0]!.onboundary?.({ charIndex: 4, name: 'word' });
    const voice = { name: 'Anna', lang: 'de-DE', voiceURI: 'anna', default: false };
    player.setRate(2);
    player.setVoice(voice);
    expect(spoken.at(-1)).toMatchObject({ text: 'council met on Monday.', rate: 2, voice, lang: 'de' });
  });

  test('the same voice or speed again restarts nothing', () => {
    const { player, spoken } = stubEngine();
    const voice = { name: 'Anna', lang: 'de-DE', voiceURI: 'anna', default: false };
    player.setVoice(voice);
    player.load(ARTICLE, 'de');
    player.play();
    // The browser's list refreshed: a new object for the same voice.
    player.setVoice({ ...voice });
    player.setRate(1);
    expect(spoken).toHaveLength(1);
  });

  test('an engine failure pauses and is reported; being cancelled is not a failure', () => {
    const { player, spoken, failures } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play();
    spoken[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(failures).toEqual(['synthesis-failed']);
    expect(player.state.status).toBe('paused');
  });

  test('an engine that throws on speaking pauses, and the error is reported', () => {
    const { player, failures } = stubEngine();
    const throwing = new ReadAloud(
      {
        speak: () => {
          throw new TypeError('not a SpeechSynthesisVoice');
        },
        cancel: () => undefined,
        utterance,
      },
      { state: () => undefined, word: () => undefined, failed: (error) => failures.push(error) },
    );
    throwing.load(ARTICLE, 'en');
    throwing.play();
    expect(failures).toEqual(['not a SpeechSynthesisVoice']);
    expect(throwing.state.status).toBe('paused');
    expect(player.state.status).toBe('idle');
  });

  test('loading another article stops reading it', () => {
    const { player, spoken, cancels } = stubEngine();
    player.load(ARTICLE, 'en');
    player.play();
    player.load(['Another story'], 'en');
    expect(cancels()).toBe(1);
    expect(player.state).toEqual({ status: 'idle', segment: 0, total: 1 });
    spoken[0]!.onend?.();
    expect(spoken).toHaveLength(1);
  });

  test('nothing to read: play does nothing', () => {
    const { player, spoken } = stubEngine();
    player.load([], 'en');
    player.play();
    expect(spoken).toHaveLength(0);
    expect(player.state.status).toBe('idle');
  });
});
