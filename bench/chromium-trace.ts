// Section 8: the extension's main-thread cost per page load, from Chromium traces. The meter is the shared
// tool (../shared/tools/chromium-trace-cost.mjs), not ours: it counts what the content script's own meter
// cannot see (module loading, microtasks, timers). Run on the built dist/chrome from the project root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './pages';

export interface TraceResult {
  wall: { ordinary: number; aggregator: number; empty: number };
  cpu: { ordinary: number; aggregator: number; empty: number };
  /** The tool's line per page: name, then each context's figures. */
  pages: string[];
  seconds: number;
}

const TOOL = join(ROOT, '..', 'shared', 'tools', 'chromium-trace-cost.mjs');

/** "ordinary 48.2, aggregator 132.8; empty 0.7" after `label`. */
function medians(output: string, label: string): TraceResult['wall'] {
  const match = new RegExp(`${label}[^:]*: ordinary ([\\d.]+), aggregator ([\\d.]+); empty ([\\d.]+)`).exec(
    output,
  );
  if (!match) throw new Error(`chromium-trace-cost printed no "${label}" line`);
  return { ordinary: Number(match[1]), aggregator: Number(match[2]), empty: Number(match[3]) };
}

/** Null where the tool is not on this machine. */
export function runTrace(): TraceResult | null {
  if (!existsSync(TOOL)) return null;
  const started = Date.now();
  // The tool exits 1 when the cost is over its own budget: the figures are printed either way.
  const run = spawnSync(process.execPath, [TOOL], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const output = run.stdout ?? '';
  if (run.error) throw run.error;
  return {
    wall: medians(output, 'wall ms per load'),
    cpu: medians(output, 'thread CPU ms per load'),
    pages: output.split('\n').filter((line) => /^(ord|agg) /.test(line)),
    seconds: (Date.now() - started) / 1000,
  };
}
