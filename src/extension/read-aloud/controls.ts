// The read-aloud bar of the popup and the reader tab, built into the page's #read-aloud: play and pause,
// previous and next paragraph, stop, speed, voice, and a status line announced to screen readers once per
// paragraph, never per word. The word being spoken is highlighted (CSS Custom Highlight API) and kept in view; a
// click on a paragraph while reading reads from there. It reads what the article view shows (segments.ts), and
// starts over when the view shows another article.
import { t } from '../shared/i18n';
import { loadSettings, updateSettings } from '../shared/settings-store';
import { RATE } from '../shared/speech-settings';
import { ARTICLE_HIDDEN, ARTICLE_SHOWN } from '../ui/render-article';
import { type PlayerState, ReadAloud, type SpeechEnv, type UtteranceLike } from './player';
import { rangeIn, readingSegments, type Segment } from './segments';
import { languageKey, pickVoice, type VoiceLike, voicesFor } from './voices';

const HIGHLIGHT = 'clean-reader-word';
/** Voices load after the page in Chrome: how long play waits for them before saying there are none. */
const VOICES_WAIT_MS = 1500;

interface SpeechWindow {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: new (text: string) => SpeechSynthesisUtterance;
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/** The browser's engine, looked up at each use: it may be missing, or replaced (a test's stub). */
function browserEngine(view: SpeechWindow): SpeechEnv & { voices(): VoiceLike[]; available(): boolean } {
  return {
    available: () => Boolean(view.speechSynthesis && view.SpeechSynthesisUtterance),
    voices: () => view.speechSynthesis?.getVoices() ?? [],
    speak: (utterance) => view.speechSynthesis?.speak(utterance as unknown as SpeechSynthesisUtterance),
    cancel: () => view.speechSynthesis?.cancel(),
    utterance: (text) =>
      new (view.SpeechSynthesisUtterance as NonNullable<SpeechWindow['SpeechSynthesisUtterance']>)(
        text,
      ) as unknown as UtteranceLike,
  };
}

/** Icons drawn, not typed: the media symbols (⏮ ⏭ ⏹) are missing from many systems' fonts. */
const ICONS = {
  previous: 'M3 3h2v10H3zM14 3v10L6 8z',
  next: 'M11 3h2v10h-2zM2 3v10l8-5z',
  stop: 'M3 3h10v10H3z',
} as const;

function button(doc: Document, id: string, label: string, icon?: keyof typeof ICONS): HTMLButtonElement {
  const element = doc.createElement('button');
  element.type = 'button';
  element.id = id;
  element.title = label;
  element.setAttribute('aria-label', label);
  if (!icon) {
    element.textContent = label;
    return element;
  }
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'path'));
  path.setAttribute('d', ICONS[icon]);
  element.append(svg);
  return element;
}

function labelled(doc: Document, text: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.className = 'field';
  const span = doc.createElement('span');
  span.textContent = text;
  label.append(span, control);
  return label;
}

export function bindReadAloud(doc: Document): void {
  const container = doc.getElementById('read-aloud');
  const view = doc.defaultView as (Window & SpeechWindow) | null;
  if (!container || !view) return;
  const engine = browserEngine(view);
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', t('readAloud'));
  const previous = button(doc, 'read-aloud-previous', t('readAloudPrevious'), 'previous');
  const play = button(doc, 'read-aloud-play', t('readAloud'));
  const next = button(doc, 'read-aloud-next', t('readAloudNext'), 'next');
  const stop = button(doc, 'read-aloud-stop', t('readAloudStop'), 'stop');
  const rate = doc.createElement('select');
  rate.id = 'read-aloud-rate';
  for (let value: number = RATE.min; value <= RATE.max; value += RATE.step)
    rate.add(new Option(`${value}×`, String(value), false, value === 1));
  const voice = doc.createElement('select');
  voice.id = 'read-aloud-voice';
  const status = doc.createElement('p');
  status.id = 'read-aloud-status';
  status.className = 'read-aloud-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const voiceField = labelled(doc, t('readAloudVoice'), voice);
  container.append(previous, play, next, stop, labelled(doc, t('readAloudSpeed'), rate), voiceField, status);

  let segments: Segment[] = [];
  let lang = '';
  let remembered: Record<string, string> = {};
  let reading: HTMLElement | null = null;

  const clearHighlight = () => {
    view.CSS?.highlights?.delete(HIGHLIGHT);
    reading?.classList.remove('reading-now');
    reading = null;
  };
  const showState = ({ status: now, segment, total }: PlayerState) => {
    play.textContent = t(
      now === 'playing' ? 'readAloudPause' : now === 'paused' ? 'readAloudResume' : 'readAloud',
    );
    play.setAttribute('aria-label', play.textContent);
    const place = [String(segment + 1), String(total)];
    status.textContent =
      now === 'playing'
        ? t('readAloudReading', place)
        : now === 'paused'
          ? t('readAloudPaused', place)
          : status.textContent && t('readAloudStopped');
    if (now === 'idle') clearHighlight();
    else {
      const element = segments[segment]?.element ?? null;
      if (element !== reading) {
        reading?.classList.remove('reading-now');
        element?.classList.add('reading-now');
        reading = element;
      }
    }
  };
  const player = new ReadAloud(engine, {
    state: showState,
    word: (segment, start, end) => {
      const element = segments[segment]?.element;
      const range = element ? rangeIn(element, start, end) : null;
      if (!element || !range) return;
      if (view.Highlight && view.CSS?.highlights)
        view.CSS.highlights.set(HIGHLIGHT, new view.Highlight(range));
      keepInView(view, range);
    },
    failed: (error) => {
      status.textContent = t('readAloudFailed', error);
    },
  });

  const fillVoices = () => {
    const voices = engine.voices();
    const chosen = pickVoice(voices, lang, remembered);
    voice.replaceChildren(
      ...voicesFor(voices, lang).map(
        (v) => new Option(`${v.name} (${v.lang})`, v.voiceURI, false, v.voiceURI === chosen?.voiceURI),
      ),
    );
    // No voice to choose (none installed, or not loaded yet): no empty list.
    voiceField.hidden = voices.length === 0;
    player.setVoice(chosen);
  };
  const voicesReady = async (): Promise<boolean> => {
    if (!engine.available()) return false;
    const deadline = Date.now() + VOICES_WAIT_MS;
    while (engine.voices().length === 0 && Date.now() < deadline)
      await new Promise((resolve) => view.setTimeout(resolve, 100));
    fillVoices();
    return engine.voices().length > 0;
  };
  view.speechSynthesis?.addEventListener?.('voiceschanged', fillVoices);

  play.addEventListener('click', async () => {
    if (player.state.status === 'idle' && !(await voicesReady())) {
      status.textContent = t('readAloudNoVoices');
      return;
    }
    player.toggle();
  });
  previous.addEventListener('click', () => player.previous());
  next.addEventListener('click', () => player.next());
  stop.addEventListener('click', () => player.stop());
  rate.addEventListener('change', () => {
    const value = Number(rate.value);
    player.setRate(value);
    updateSettings((settings) => ({ ...settings, speech: { ...settings.speech, rate: value } })).catch(
      () => undefined,
    );
  });
  voice.addEventListener('change', () => {
    const uri = voice.value;
    const key = languageKey(lang);
    remembered = { ...remembered, [key]: uri };
    player.setVoice(engine.voices().find((v) => v.voiceURI === uri) ?? null);
    updateSettings((settings) => ({
      ...settings,
      speech: { ...settings.speech, voices: { ...settings.speech.voices, [key]: uri } },
    })).catch(() => undefined);
  });
  // A click on a paragraph while reading reads from it; a click on a link, or one ending a selection, does not.
  doc.getElementById('body')?.addEventListener('click', (event) => {
    if (player.state.status === 'idle' || !(event.target instanceof Element)) return;
    if (event.target.closest('a') || (view.getSelection()?.toString() ?? '') !== '') return;
    const index = segments.findIndex((segment) => segment.element.contains(event.target as Node));
    if (index >= 0) player.play(index);
  });

  doc.addEventListener(ARTICLE_SHOWN, () => {
    segments = readingSegments(doc);
    lang = doc.getElementById('article')?.lang || doc.documentElement.lang || view.navigator.language;
    status.textContent = '';
    player.load(
      segments.map((segment) => segment.text),
      lang,
    );
    fillVoices();
    container.hidden = false;
  });
  doc.addEventListener(ARTICLE_HIDDEN, () => {
    player.load([], '');
    container.hidden = true;
  });
  view.addEventListener('pagehide', () => player.stop());
  loadSettings()
    .then(({ speech }) => {
      remembered = speech.voices;
      rate.value = String(speech.rate);
      player.setRate(speech.rate);
      fillVoices();
    })
    .catch(() => undefined);
}

/** Scrolls the word into the middle third of the window when it has left it, below the sticky toolbar. */
function keepInView(view: Window, range: Range): void {
  const box = range.getBoundingClientRect();
  const toolbar = view.document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= toolbar && box.bottom <= view.innerHeight) return;
  const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  view.scrollBy({ top: box.top - view.innerHeight / 3, behavior: still ? 'auto' : 'smooth' });
}
