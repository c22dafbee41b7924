// Reading comfort: theme, font, size, line width, spacing and images, shared by the popup and the reader tab.
import { isRecord } from '../../formats/settings-fields';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
/** "dyslexic" is OpenDyslexic, bundled (public/fonts): a reader who needs it may have nothing like it installed. */
export const FONTS = ['sans', 'serif', 'dyslexic'] as const;
type Theme = (typeof THEMES)[number];
type Font = (typeof FONTS)[number];

interface Range {
  min: number;
  max: number;
  step: number;
}

/** Font size in CSS pixels and line width in characters, each within a readable range. */
export const FONT_SIZE = { min: 13, max: 26, step: 1 } as const satisfies Range;
export const LINE_WIDTH = { min: 40, max: 100, step: 5 } as const satisfies Range;
/**
 * Spacing, each past the values WCAG 1.4.12 (text spacing) asks a page to survive: line height 1.5 times the font
 * size, paragraphs 2 times, letters 0.12 and words 0.16 of it. Line height and paragraph spacing in font sizes,
 * letter and word spacing in em.
 */
export const LINE_HEIGHT = { min: 1.2, max: 2.5, step: 0.1 } as const satisfies Range;
export const PARAGRAPH_SPACING = { min: 0.5, max: 3, step: 0.25 } as const satisfies Range;
export const LETTER_SPACING = { min: 0, max: 0.2, step: 0.01 } as const satisfies Range;
export const WORD_SPACING = { min: 0, max: 0.3, step: 0.02 } as const satisfies Range;

export interface Comfort {
  theme: Theme;
  font: Font;
  fontSize: number;
  lineWidth: number;
  lineHeight: number;
  paragraphSpacing: number;
  letterSpacing: number;
  wordSpacing: number;
  images: boolean;
}

/** The comfort fields that are numbers in a range, with their ranges. */
export const RANGES = {
  fontSize: FONT_SIZE,
  lineWidth: LINE_WIDTH,
  lineHeight: LINE_HEIGHT,
  paragraphSpacing: PARAGRAPH_SPACING,
  letterSpacing: LETTER_SPACING,
  wordSpacing: WORD_SPACING,
} as const satisfies Partial<Record<keyof Comfort, Range>>;

export const DEFAULT_COMFORT: Comfort = Object.freeze({
  theme: 'system',
  font: 'sans',
  fontSize: 16,
  // About 75 characters of prose a line: `ch` is the width of a digit, wider than most letters.
  lineWidth: 65,
  lineHeight: 1.6,
  paragraphSpacing: 1,
  letterSpacing: 0,
  wordSpacing: 0,
  images: true,
});

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** The value within the range, on its steps; the fallback for anything that is not a finite number. */
export function inRange(value: unknown, range: Range, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const stepped = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  // Steps of 0.01 add up to 0.12000000000000001: stored and shown as written.
  return Number(Math.min(range.max, stepped).toFixed(2));
}

export function parseComfort(raw: unknown): Comfort {
  const comfort = isRecord(raw) ? raw : {};
  const ranged = Object.fromEntries(
    Object.entries(RANGES).map(([key, range]) => [
      key,
      inRange(comfort[key], range, DEFAULT_COMFORT[key as keyof typeof RANGES]),
    ]),
  ) as Pick<Comfort, keyof typeof RANGES>;
  return {
    theme: oneOf(THEMES, comfort.theme, DEFAULT_COMFORT.theme),
    font: oneOf(FONTS, comfort.font, DEFAULT_COMFORT.font),
    ...ranged,
    images: typeof comfort.images === 'boolean' ? comfort.images : DEFAULT_COMFORT.images,
  };
}

/** Applies the comfort settings to a page: the stylesheets read these attributes and properties. */
export function applyComfort(root: HTMLElement, comfort: Comfort): void {
  root.dataset.theme = comfort.theme;
  root.dataset.font = comfort.font;
  root.dataset.images = comfort.images ? 'shown' : 'hidden';
  root.style.setProperty('--font-size', `${comfort.fontSize}px`);
  root.style.setProperty('--line-width', `${comfort.lineWidth}ch`);
  root.style.setProperty('--line-height', String(comfort.lineHeight));
  root.style.setProperty('--paragraph-spacing', `${comfort.paragraphSpacing}em`);
  root.style.setProperty('--letter-spacing', `${comfort.letterSpacing}em`);
  root.style.setProperty('--word-spacing', `${comfort.wordSpacing}em`);
}
