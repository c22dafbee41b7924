// Section 8 and issue 15's targets: the extension's main-thread cost from traces, and what the reader sees
// of the cleaning (section 7's measurements).
import type { FlashRow } from './chromium-flash';
import type { TraceResult } from './chromium-trace';
import { flashSummary } from './flash-report';
import { row } from './stats';

const fixed = (value: number) => value.toFixed(1);
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

export function traceTargets(trace: TraceResult | null, flash: readonly FlashRow[]): string[] {
  const rows: string[] = [];
  if (trace) {
    const ordinary = trace.cpu.ordinary - trace.cpu.empty;
    const aggregator = trace.cpu.aggregator - trace.cpu.empty;
    rows.push(
      row([
        'extension main-thread CPU per load above an empty content script, ordinary pages (Chromium trace, median; section 8)',
        '≤ 2 ms',
        `${fixed(ordinary)} ms`,
        met(ordinary <= 2),
      ]),
      row(['the same, aggregator pages', '≤ 30 ms', `${fixed(aggregator)} ms`, met(aggregator <= 30)]),
    );
    if (trace.startup) {
      const whole = ordinary + trace.startup.extra;
      rows.push(
        row([
          "the ordinary pages' figure with the start-up script's compile and first run added (filed under injection, which the tool does not count; wall ms)",
          '≤ 2 ms',
          `${fixed(whole)} ms`,
          met(whole <= 2),
        ]),
      );
    }
  }
  if (flash.length > 0) {
    const summary = flashSummary(flash);
    const { ms: unknown, worstMs: worst, shift, worstShift, builtInShift, worstBuiltInShift } = summary;
    const { builtInMostFrames: builtIn, knownMostFrames: added } = summary;
    rows.push(
      row([
        'frames showing a copy on a known host, on the fixture showing most (built-in list; a host the reader added) (section 7)',
        '0',
        `${builtIn}; ${added}`,
        met(builtIn === 0 && added === 0),
      ]),
      row([
        'copies on screen, unknown host (median; worst)',
        '0; ≤ 50 ms',
        `${unknown} ms; ${worst} ms`,
        met(unknown === 0 && worst <= 50),
      ]),
      row([
        'layout shift caused by the extension (median; worst): unknown host; built-in host',
        '≤ 0.05; ≤ 0.1',
        `${shift.toFixed(3)}; ${worstShift.toFixed(3)}. ${builtInShift.toFixed(3)}; ${worstBuiltInShift.toFixed(3)}`,
        met(Math.max(shift, builtInShift) <= 0.05 && Math.max(worstShift, worstBuiltInShift) <= 0.1),
      ]),
    );
  }
  return rows;
}

export function traceSection(trace: TraceResult | null): string[] {
  if (!trace) return [];
  return [
    "## 8. The extension's main-thread cost per page load (Chromium trace)",
    '',
    `\`node ../shared/tools/chromium-trace-cost.mjs\` on the built \`dist/chrome\` (its header says what it counts: every main-thread event of the page's renderer attributable to the extension, module fetch, compile and evaluation, microtasks, timers and messages included; the content script's isolated-world setup, "injection", is reported and not counted). Five loads per page, medians; "empty" is an extension whose content script is \`void 0;\`. On 2 cores the renderer waits for the CPU inside a task, so wall-time figures, and each page's longest task, are upper bounds; thread CPU is the work. ${trace.seconds.toFixed(0)} s.`,
    '',
    row(['', 'wall ms per load', 'thread CPU ms per load']),
    row(['---', '---:', '---:']),
    row([
      'ordinary pages (6 from the Readability corpus), median over pages',
      fixed(trace.wall.ordinary),
      fixed(trace.cpu.ordinary),
    ]),
    row([
      'aggregator pages (the fixtures), median over pages',
      fixed(trace.wall.aggregator),
      fixed(trace.cpu.aggregator),
    ]),
    row(['empty content script', fixed(trace.wall.empty), fixed(trace.cpu.empty)]),
    '',
    ...startupLines(trace.startup),
    "Per page (the tool's own lines):",
    '',
    '```',
    ...trace.pages,
    '```',
    '',
  ];
}

/**
 * The tool files a classic content script's compile and first run under "injection", with the isolated world's
 * setup, and counts none of it: at document_start that is our start-up script's whole evaluation.
 */
function startupLines(startup: TraceResult['startup']): string[] {
  if (!startup) return [];
  return [
    `Not in the figures above: the tool reports "injection" (the isolated world's setup and a classic content script's compile and first run) without counting it. A \`void 0;\` content script injected at document_start, as ours is, has an injection of ${fixed(startup.floor)} ms (median over three ordinary pages, three loads each); ours, ${fixed(startup.ours)} ms (median over the ordinary pages). The difference, **${fixed(startup.extra)} ms** wall per load, is the start-up script's compile and run up to its first wait (reading the settings), paid by every page.`,
    '',
  ];
}
