// What the size and behaviour tests read from a tab: the heartbeat, the page's text, and its JS heap.
import type { CDPSession } from 'playwright-core';

export interface Beat {
  maxGap: number;
  ticks: number;
}

/** Restarts the heartbeat's record, so the next read covers only what happens from now on. */
export function resetBeat(): void {
  const beat = (window as unknown as { __beat: Beat & { last: number } }).__beat;
  beat.maxGap = 0;
  beat.ticks = 0;
  beat.last = performance.now();
}

export function readBeat(): Beat {
  const { maxGap, ticks } = (window as unknown as { __beat: Beat }).__beat;
  return { maxGap, ticks };
}

/** Whether the page still shows this text somewhere in its body. */
export function bodyHas(text: string): boolean {
  return document.body.textContent?.includes(text) ?? false;
}

/** The page renderer's live JS heap (extension content scripts included), after a full collection. */
export async function heapUsed(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
