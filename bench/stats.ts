import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds one call takes, with the result (so work cannot be optimised away). */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function pct(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : 'n/a';
}

/** "met" or how far off, for a table cell: value against a ceiling. */
export function verdict(value: number, limit: number, unit = ''): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (value <= limit) return 'met';
  return `**missed** by ${((value / limit - 1) * 100).toFixed(0)} %${unit ? ` (${unit})` : ''}`;
}

/** One Markdown table row. */
export function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}
