import { describe, expect, test } from 'vitest';
import {
  applyComfort,
  DEFAULT_COMFORT,
  inRange,
  LETTER_SPACING,
  LINE_HEIGHT,
  parseComfort,
  WORD_SPACING,
} from '../../src/extension/shared/comfort';

test('applyComfort sets the attributes and properties the stylesheets read', () => {
  const root = document.createElement('html');
  applyComfort(root, { ...DEFAULT_COMFORT, theme: 'sepia', font: 'dyslexic', fontSize: 19, lineWidth: 65 });
  expect(root.dataset).toMatchObject({ theme: 'sepia', font: 'dyslexic', images: 'shown' });
  expect(root.style.getPropertyValue('--font-size')).toBe('19px');
  expect(root.style.getPropertyValue('--line-width')).toBe('65ch');
  applyComfort(root, {
    ...DEFAULT_COMFORT,
    lineHeight: 1.5,
    paragraphSpacing: 2,
    letterSpacing: 0.12,
    wordSpacing: 0.16,
    images: false,
  });
  expect(root.dataset).toMatchObject({ theme: 'system', font: 'sans', images: 'hidden' });
  expect(root.style.getPropertyValue('--line-height')).toBe('1.5');
  expect(root.style.getPropertyValue('--paragraph-spacing')).toBe('2em');
  expect(root.style.getPropertyValue('--letter-spacing')).toBe('0.12em');
  expect(root.style.getPropertyValue('--word-spacing')).toBe('0.16em');
});

describe('inRange', () => {
  test.each([
    [0.12, LETTER_SPACING, 0.12],
    [0.123, LETTER_SPACING, 0.12],
    [0.5, LETTER_SPACING, LETTER_SPACING.max],
    [-1, LETTER_SPACING, 0],
    [0.17, WORD_SPACING, 0.18],
    [1.55, LINE_HEIGHT, 1.6],
    [9, LINE_HEIGHT, LINE_HEIGHT.max],
    [Number.POSITIVE_INFINITY, LINE_HEIGHT, 1.6],
    ['2', LINE_HEIGHT, 1.6],
  ])('%j in %j is %j (fallback 1.6 or 0)', (value, range, expected) => {
    expect(inRange(value, range, range === LINE_HEIGHT ? 1.6 : 0)).toBe(expected);
  });
});

describe('parseComfort', () => {
  test('reaches the WCAG text-spacing values: line 1.5, paragraphs 2, letters 0.12, words 0.16', () => {
    const wcag = { lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 };
    expect(parseComfort(wcag)).toMatchObject(wcag);
  });

  test.each([['yes'], [1], [null]])('images given as %j are shown', (images) => {
    expect(parseComfort({ images }).images).toBe(true);
  });
});
