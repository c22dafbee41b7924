// Times every synchronous slice of work the content script does in the page, so tests and benchmarks can hold
// it to the "no task over 50 ms" promise with the extension's own numbers, not a guess from outside.
import type { WorkKind, WorkStats } from '../shared/messages';

const now = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

export class WorkMeter {
  readonly stats: WorkStats = {
    slices: 0,
    totalMs: 0,
    longestMs: 0,
    longestKind: null,
    byKind: {},
    observed: { batches: 0, nodes: 0, dropped: 0 },
  };

  time<T>(kind: WorkKind, slice: () => T): T {
    const start = now();
    try {
      return slice();
    } finally {
      this.record(kind, now() - start);
    }
  }

  private record(kind: WorkKind, ms: number): void {
    const { stats } = this;
    stats.slices++;
    stats.totalMs += ms;
    if (ms > stats.longestMs) {
      stats.longestMs = ms;
      stats.longestKind = kind;
    }
    const entry = stats.byKind[kind] ?? { slices: 0, totalMs: 0, longestMs: 0 };
    stats.byKind[kind] = entry;
    entry.slices++;
    entry.totalMs += ms;
    entry.longestMs = Math.max(entry.longestMs, ms);
  }
}
