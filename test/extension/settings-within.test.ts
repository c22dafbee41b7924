import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SETTINGS_WAIT_MS, settingsWithin } from '../../src/extension/content/settings-within';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const STORED: Settings = { ...defaults, autoClean: false, extraHosts: ['daily8.example'], sites: {} };

describe('settingsWithin', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('stored settings that answer in time are the page’s, and nothing arrives late', async () => {
    const late = vi.fn();
    const read = () => new Promise<Settings>((resolve) => setTimeout(() => resolve(STORED), 60));
    const settings = settingsWithin(read, late);
    await vi.advanceTimersByTimeAsync(60);
    expect(await settings).toEqual(STORED);
    await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS);
    expect(late).not.toHaveBeenCalled();
  });

  test('storage that does not answer yields the defaults after the wait, and its late answer is applied', async () => {
    const late = vi.fn();
    let answer: (settings: Settings) => void = () => undefined;
    const settings = settingsWithin(() => new Promise<Settings>((resolve) => (answer = resolve)), late);
    let settled = false;
    void settings.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(SETTINGS_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settings).toEqual({ ...defaults, sites: {} });
    expect(late).not.toHaveBeenCalled();
    answer(STORED);
    await vi.advanceTimersByTimeAsync(0);
    expect(late).toHaveBeenCalledExactlyOnceWith(STORED);
  });

  test('storage that fails yields the defaults at once', async () => {
    const late = vi.fn();
    const settings = await settingsWithin(() => Promise.reject(new Error('corrupt')), late);
    expect(settings).toEqual({ ...defaults, sites: {} });
    expect(late).not.toHaveBeenCalled();
  });
});
