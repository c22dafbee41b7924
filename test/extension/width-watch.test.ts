// The page is checked again once a resize has settled, and only when the width moved.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchWidth } from '../../src/extension/content/page/width-watch';

/** A window as watchWidth reads it: its width and its resize events. */
function fakeView(width: number) {
  const target = new EventTarget() as EventTarget & { innerWidth: number };
  target.innerWidth = width;
  const resize = (to: number) => {
    target.innerWidth = to;
    target.dispatchEvent(new Event('resize'));
  };
  return { view: target as unknown as Window, resize };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

test.each([
  { name: 'one resize to a new width', widths: [800], calls: 1 },
  { name: 'a drag through several widths, settling once', widths: [900, 850, 800, 760], calls: 1 },
  { name: 'a height change alone (same width)', widths: [1024], calls: 0 },
  { name: 'a drag that ends where it began', widths: [900, 1024], calls: 0 },
])('$name: called $calls time(s)', ({ widths, calls }) => {
  const { view, resize } = fakeView(1024);
  const onWidth = vi.fn();
  watchWidth(view, onWidth);
  for (const width of widths) {
    resize(width);
    vi.advanceTimersByTime(100);
  }
  expect(onWidth).not.toHaveBeenCalled();
  vi.advanceTimersByTime(250);
  expect(onWidth).toHaveBeenCalledTimes(calls);
});

test('two settled resizes to new widths: called for each', () => {
  const { view, resize } = fakeView(1024);
  const onWidth = vi.fn();
  watchWidth(view, onWidth);
  resize(800);
  vi.advanceTimersByTime(300);
  resize(1200);
  vi.advanceTimersByTime(300);
  expect(onWidth).toHaveBeenCalledTimes(2);
});
