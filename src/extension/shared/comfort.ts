// Reading comfort: theme, font, size and line width, shared by the popup and the reader tab.
import { isRecord } from '../../formats/settings-fields';

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['sans', 'serif'] as const;
type Theme = (typeof THEMES)[number];
type Font = (typeof FONTS)[number];

/** Font size in CSS pixels and line width in characters, each within a readable range. */
export const FONT_SIZE = { min: 13, max: 26, step: 1 } as const;
export const LINE_WIDTH = { min: 40, max: 100, step: 5 } as const;

export interface Comfort {
  theme: Theme;
  font: Font;
  fontSize: number;
  lineWidth: number;
}

export const DEFAULT_COMFORT: Comfort = Object.freeze({
  theme: 'system',
  font: 'sans',
  fontSize: 16,
  lineWidth: 70,
});

function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

function inRange(value: unknown, range: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

export function parseComfort(raw: unknown): Comfort {
  const comfort = isRecord(raw) ? raw : {};
  return {
    theme: oneOf(THEMES, comfort.theme, DEFAULT_COMFORT.theme),
    font: oneOf(FONTS, comfort.font, DEFAULT_COMFORT.font),
    fontSize: inRange(comfort.fontSize, FONT_SIZE, DEFAULT_COMFORT.fontSize),
    lineWidth: inRange(comfort.lineWidth, LINE_WIDTH, DEFAULT_COMFORT.lineWidth),
  };
}

/** Applies the comfort settings to a page: the stylesheets read these attributes and properties. */
export function applyComfort(root: HTMLElement, comfort: Comfort): void {
  root.dataset.theme = comfort.theme;
  root.dataset.font = comfort.font;
  root.style.setProperty('--font-size', `${comfort.fontSize}px`);
  root.style.setProperty('--line-width', `${comfort.lineWidth}ch`);
}
