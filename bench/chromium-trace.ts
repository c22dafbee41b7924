// Section 8: the extension's main-thread cost per page load, from Chromium traces. The meter is the shared
// tool (../shared/tools/chromium-trace-cost.mjs), not ours: it counts what the content script's own meter
// cannot see (module loading, microtasks, timers). Run on the built dist/chrome from the project root.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './pages';
import { median } from './stats';

export interface TraceResult {
  wall: { ordinary: number; aggregator: number; empty: number };
  cpu: { ordinary: number; aggregator: number; empty: number };
  /** The tool's line per page: name, then each context's figures. */
  pages: string[];
  /**
   * The start-up script's compile and first run, which the tool files under "injection" with the isolated
   * world's setup and does not count: ours minus a `void 0;` script's injected at the same point of the load
   * (document_start), wall ms, median over the ordinary pages. Null where the floor could not be measured.
   */
  startup: { ours: number; floor: number; extra: number } | null;
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

function runTool(args: string[], env: Record<string, string> = {}): string {
  // The tool exits 1 when the cost is over its own budget: the figures are printed either way.
  const run = spawnSync(process.execPath, [TOOL, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  if (run.error) throw run.error;
  return run.stdout ?? '';
}

/** Each "ord" line's injection figure (the tool's own "ours" context). */
const ordinaryInjections = (lines: readonly string[]): number[] =>
  lines.flatMap((line) => {
    const match = /^ord .*injection ([\d.]+)\)/.exec(line);
    return match ? [Number(match[1])] : [];
  });

/**
 * The injection of a content script that does nothing, run where ours runs: the tool's "ours" context on an
 * extension built here from our manifest's content-script entry, with `void 0;` as the script.
 */
function startupFloor(pages: string[]): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'trace-floor-'));
  try {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'chrome', 'manifest.json'), 'utf8')) as {
      content_scripts: { run_at?: string }[];
    };
    const runAt = manifest.content_scripts[0]?.run_at ?? 'document_idle';
    const matches = ['http://*/*', 'https://*/*'];
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        manifest_version: 3,
        name: 'floor',
        version: '1',
        content_scripts: [{ matches, js: ['c.js'], run_at: runAt }],
      }),
    );
    writeFileSync(join(dir, 'c.js'), 'void 0;\n');
    const floors = ordinaryInjections(runTool(pages, { DIST: dir, N: '3' }).split('\n'));
    return floors.length > 0 ? median(floors) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The tool's six ordinary pages (its default list): the floor is read on the first three. */
function ordinaryPages(): string[] {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'readability', 'test-pages');
  return readdirSync(corpus)
    .sort()
    .filter((_, i) => i % 11 === 0)
    .slice(0, 3)
    .map((name) => join(corpus, name, 'source.html'));
}

/** Null where the tool is not on this machine. */
export function runTrace(): TraceResult | null {
  if (!existsSync(TOOL)) return null;
  const started = Date.now();
  const output = runTool([]);
  const pages = output.split('\n').filter((line) => /^(ord|agg) /.test(line));
  const ours = ordinaryInjections(pages);
  const floor = ours.length > 0 ? startupFloor(ordinaryPages()) : null;
  return {
    wall: medians(output, 'wall ms per load'),
    cpu: medians(output, 'thread CPU ms per load'),
    pages,
    startup: floor === null ? null : { ours: median(ours), floor, extra: median(ours) - floor },
    seconds: (Date.now() - started) / 1000,
  };
}
