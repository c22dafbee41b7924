// What the reader sees while a page loads, frame by frame: injected into the page before its first byte of
// markup runs (an init script), it reads the rendered text (innerText: nothing display:none or
// visibility:hidden) in every animation frame, counts the paragraphs printed more than once, and sums the
// page's layout shifts (Chromium's layout-shift entries; Firefox has none). Run in the page's own world.
import { PROSE_CHARS } from '../../../src/engine/detection/signals/copy-bar';

/**
 * One frame: when, how many long paragraphs it showed, how many of them a second time, and how many of the
 * paragraphs the probe was asked to look for it did not show at all.
 */
interface ProbeFrame {
  t: number;
  paragraphs: number;
  twice: number;
  missing: number;
  /** The markup was all parsed: a frame drawn while it streams in may not hold every paragraph yet. */
  parsed: boolean;
}

export interface ProbeRecord {
  frames: ProbeFrame[];
  /** Summed layout-shift values without recent input; null where the browser reports none. */
  cls: number | null;
}

/** A paragraph, not a label or a headline: the length the engine reads prose from. */
const PROBE_PARAGRAPH_CHARS = PROSE_CHARS;
/** How long the probe keeps reading frames after it starts. */
export const PROBE_MS = 4000;

/** Letters and digits alone: quotes, dashes and spaces are typed differently in a page and its expectations. */
const fold = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

/** The init script's source, run at document start; `needles` are paragraphs every frame should show. */
export function probeScript(needles: readonly string[] = []): string {
  return `(() => {
  const needles = ${JSON.stringify(needles.map(fold))};
  const frames = [];
  let cls = null;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls = (cls ?? 0) + entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    cls = 0;
  } catch {}
  const read = () => {
    const text = document.body ? document.body.innerText : '';
    const seen = new Set();
    let paragraphs = 0;
    let twice = 0;
    for (const line of text.split('\\n')) {
      const key = line.replace(/\\s+/g, ' ').trim().toLowerCase();
      if (key.length < ${PROBE_PARAGRAPH_CHARS}) continue;
      paragraphs++;
      if (seen.has(key)) twice++;
      else seen.add(key);
    }
    const all = text.replace(/[^\\p{L}\\p{N}]+/gu, '').toLowerCase();
    const missing = needles.filter((needle) => !all.includes(needle)).length;
    frames.push({ t: performance.now(), paragraphs, twice, missing, parsed: document.readyState !== 'loading' });
  };
  const tick = () => {
    read();
    if (performance.now() < ${PROBE_MS}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  Object.defineProperty(window, '__cleanReaderProbe', { value: () => ({ frames, cls }) });
})();`;
}

/** Reads the probe's record: a page function, run in the page the probe was injected into. */
export const readProbe = (): ProbeRecord =>
  (window as unknown as { __cleanReaderProbe: () => ProbeRecord }).__cleanReaderProbe();

/** The most paragraphs of `needles` any frame left out once the markup was parsed. */
export function mostMissing({ frames }: ProbeRecord): number {
  return Math.max(0, ...frames.filter((frame) => frame.parsed).map((frame) => frame.missing));
}

export interface Flash {
  /** Frames after article text first appeared that showed more copies than the page settles with. */
  frames: number;
  /** From the first frame with article text to the first frame after the last such frame. */
  ms: number;
  cls: number | null;
}

/** Reads a probe's record: the copies on screen before the page settled, measured against how it settles. */
export function flashOf({ frames, cls }: ProbeRecord): Flash {
  const first = frames.findIndex((frame) => frame.paragraphs > 0);
  const settled = frames.at(-1)?.twice ?? 0;
  let bad = 0;
  let last = -1;
  for (let i = Math.max(first, 0); i < frames.length; i++) {
    if (frames[i]!.twice <= settled) continue;
    bad++;
    last = i;
  }
  const end = frames[last + 1] ?? frames[last];
  const ms = last < 0 || first < 0 || !end ? 0 : end.t - frames[first]!.t;
  return { frames: bad, ms: Math.round(ms), cls: cls === null ? null : Math.round(cls * 1000) / 1000 };
}
