// Reads a list of paragraphs aloud with the browser's own speech synthesis: one utterance at a time, each a
// piece of a paragraph (chunks.ts), the next spoken when the last ends. Pausing cancels the utterance and keeps
// the word it had reached, which is where it resumes: pause() and resume() of the engines are unreliable
// (Chrome on Linux ignores them; an utterance paused for long is dropped). Every event is checked against the
// run it belongs to, as a cancelled utterance still reports its end or an "interrupted" error.
import { chunkText } from './chunks';
import { wordLength } from './segments';
import type { VoiceLike } from './voices';

/** What the player needs of a SpeechSynthesisUtterance: a stub in the tests, the browser's elsewhere. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onboundary: ((event: { charIndex: number; charLength?: number; name?: string }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface SpeechEnv {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  utterance(text: string): UtteranceLike;
}

export type Status = 'idle' | 'playing' | 'paused';

export interface PlayerState {
  status: Status;
  /** The paragraph being read, or to be read next. */
  segment: number;
  total: number;
}

export interface PlayerHooks {
  state(state: PlayerState): void;
  /** The word being spoken: its paragraph and its offsets in that paragraph's text. */
  word(segment: number, start: number, end: number): void;
  /** The engine failed for another reason than being cancelled. */
  failed(error: string): void;
}

export class ReadAloud {
  private texts: readonly string[] = [];
  private lang = '';
  private at = { segment: 0, offset: 0 };
  /** Bumped by every start, pause and stop: events of an earlier run are ignored. */
  private run = 0;
  private status: Status = 'idle';
  private rate = 1;
  private voice: VoiceLike | null = null;

  constructor(
    private readonly env: SpeechEnv,
    private readonly hooks: PlayerHooks,
  ) {}

  /** A new article: reading stops, and starts again from its first paragraph. */
  load(texts: readonly string[], lang: string): void {
    this.halt('idle');
    this.texts = texts;
    this.lang = lang;
    this.at = { segment: 0, offset: 0 };
    this.emit();
  }

  get state(): PlayerState {
    return { status: this.status, segment: this.at.segment, total: this.texts.length };
  }

  /** Reads from the start of `segment`, or from where reading stands. */
  play(segment?: number): void {
    if (this.texts.length === 0) return;
    if (segment !== undefined) this.at = { segment: this.clamp(segment), offset: 0 };
    this.speak();
  }

  pause(): void {
    if (this.status === 'playing') this.halt('paused');
  }

  /** Play, pause or resume, as one button does. */
  toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  stop(): void {
    this.halt('idle');
    this.at = { segment: 0, offset: 0 };
    this.emit();
  }

  next(): void {
    this.move(this.at.segment + 1);
  }

  /** Back to the start of the paragraph being read, or to the one before if it has barely begun. */
  previous(): void {
    this.move(this.at.offset > 0 && this.status !== 'idle' ? this.at.segment : this.at.segment - 1);
  }

  /** Applied from the next word on, as the reader hears it change. */
  setRate(rate: number): void {
    const changed = rate !== this.rate;
    this.rate = rate;
    if (changed && this.status === 'playing') this.speak();
  }

  /**
   * The same voice again (the browser's list refreshed: new objects, same URIs) is kept without a restart: only a
   * voice the reader would hear change starts the word again.
   */
  setVoice(voice: VoiceLike | null): void {
    const changed = voice?.voiceURI !== this.voice?.voiceURI;
    this.voice = voice;
    if (changed && this.status === 'playing') this.speak();
  }

  private clamp(segment: number): number {
    return Math.min(Math.max(segment, 0), Math.max(this.texts.length - 1, 0));
  }

  private move(segment: number): void {
    if (this.texts.length === 0) return;
    this.at = { segment: this.clamp(segment), offset: 0 };
    if (this.status === 'playing') this.speak();
    else this.emit();
  }

  private halt(status: Status): void {
    this.run++;
    if (this.status === 'playing') this.env.cancel();
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.hooks.state(this.state);
  }

  private speak(): void {
    // The run first: the cancelled utterance's end, reported at once by some engines, belongs to the old one.
    const run = ++this.run;
    if (this.status === 'playing') this.env.cancel();
    const { segment, offset } = this.at;
    const text = this.texts[segment] ?? '';
    const chunks = chunkText(text.slice(offset));
    this.status = 'playing';
    this.emit();
    let index = 0;
    const sayNext = (): void => {
      if (run !== this.run) return;
      const chunk = chunks[index++];
      if (!chunk) {
        if (segment + 1 < this.texts.length) {
          this.at = { segment: segment + 1, offset: 0 };
          this.speak();
        } else this.stop();
        return;
      }
      const start = offset + chunk.start;
      const utterance = this.env.utterance(chunk.text);
      utterance.onboundary = ({ charIndex, charLength, name }) => {
        if (run !== this.run || (name !== undefined && name !== 'word')) return;
        const from = start + charIndex;
        this.at = { segment, offset: from };
        this.hooks.word(segment, from, from + (charLength || wordLength(chunk.text, charIndex)));
      };
      utterance.onend = sayNext;
      utterance.onerror = ({ error }) => {
        if (run !== this.run || error === 'interrupted' || error === 'canceled') return;
        this.halt('paused');
        this.hooks.failed(error ?? 'unknown');
      };
      try {
        utterance.lang = this.lang;
        utterance.rate = this.rate;
        // The browser's utterance throws on a voice that is not one of its own.
        if (this.voice) utterance.voice = this.voice;
        this.env.speak(utterance);
      } catch (error) {
        // Said plainly in the page, not thrown into its console with reading left half started.
        this.halt('paused');
        this.hooks.failed(error instanceof Error ? error.message : String(error));
      }
    };
    sayNext();
  }
}
