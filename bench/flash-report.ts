// Section 7: what the reader sees of the cleaning while an aggregator page loads (bench/chromium-flash.ts).
import type { FlashRow } from './chromium-flash';
import type { FirefoxFlashRow } from './firefox-flash';
import { median, row } from './stats';

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The medians over the pages (worst: the longest any load showed copies), and the extension's layout shift. */
export function flashSummary(rows: readonly FlashRow[]) {
  const shifts = rows.map((r) => round(r.cls - r.plainCls));
  const builtInShifts = rows.map((r) => round(r.builtInCls - r.plainCls));
  return {
    shifts,
    builtInShifts,
    builtInShift: round(median(builtInShifts)),
    worstBuiltInShift: Math.max(...builtInShifts),
    builtInFrames: median(rows.map((r) => r.builtInFrames)),
    builtInMs: median(rows.map((r) => r.builtInMs)),
    builtInWorst: Math.max(...rows.map((r) => r.builtInMs)),
    builtInMostFrames: Math.max(...rows.map((r) => r.builtInFrames)),
    knownMostFrames: Math.max(...rows.map((r) => r.knownFrames)),
    knownFrames: median(rows.map((r) => r.knownFrames)),
    knownMs: median(rows.map((r) => r.knownMs)),
    frames: median(rows.map((r) => r.frames)),
    ms: median(rows.map((r) => r.ms)),
    worstMs: Math.max(...rows.map((r) => r.worstMs)),
    shift: round(median(shifts)),
    worstShift: Math.max(...shifts),
  };
}

/** The same loads in Firefox, ms with a copy on screen (no layout shift: Firefox reports none). */
function firefoxTable(rows: readonly FirefoxFlashRow[]): string[] {
  if (rows.length === 0) return [];
  const ms = (pick: (r: FirefoxFlashRow) => number) => median(rows.map(pick));
  const worst = (pick: (r: FirefoxFlashRow) => number) => Math.max(...rows.map(pick));
  return [
    '### Firefox',
    '',
    'The same loads in Firefox ESR through the e2e driver (`bench/firefox-flash.ts`), ms with a copy on screen, medians of the loads. Its content script is one classic script run at `document_start`, as in Chrome: on a host of the built-in list copies are held from the first bytes, and the cleaning code comes with the page (`content/bundled-parts.ts`), so the clean starts 7-31 ms after `DOMContentLoaded` rather than 45-72 ms, once its parts had been imported. Firefox reports no layout-shift entries.',
    '',
    row(['page', 'built-in host ms', 'added host ms', 'unknown host ms']),
    row(['---', '---:', '---:', '---:']),
    ...rows.map((r) => row([r.name, r.builtInMs, r.knownMs, r.ms])),
    row([
      '**median** (worst)',
      `${ms((r) => r.builtInMs)} (${worst((r) => r.builtInMs)})`,
      `${ms((r) => r.knownMs)} (${worst((r) => r.knownMs)})`,
      `${ms((r) => r.ms)} (${worst((r) => r.ms)})`,
    ]),
    '',
  ];
}

export function flashSection(rows: readonly FlashRow[], firefox: readonly FirefoxFlashRow[] = []): string[] {
  const summary = flashSummary(rows);
  const { shifts, builtInShifts } = summary;
  return [
    '## 7. Copies on screen and layout shift while a page loads',
    '',
    "Each aggregator fixture loaded from 127.0.0.1 with the built extension: as a host of its built-in list (`fixtures.worldnewsera.com`, resolved by the browser to 127.0.0.1: `test/e2e/support/served-hosts.ts`), as a host the reader added (127.0.0.1 among the settings' extra hosts, known once the settings are read), as a host it does not know, and, for the layout shift, without it. A probe injected before the page's markup (`test/e2e/support/flash-probe.ts`) reads the rendered text (`innerText`) in every animation frame: a frame \"shows a copy\" when it prints more paragraphs of 80+ characters twice than the settled page does; the time runs from the first frame with such a paragraph to the first frame without the copies. CLS is the sum of Chromium's layout-shift entries over 4 s, with the extension on the unknown host and on the built-in host; the shift from the extension is CLS with it minus CLS without it. Medians of the loads; `node bench/run.mjs flash` reruns this section alone.",
    '',
    row([
      'page',
      'built-in host: frames showing a copy',
      'ms',
      'added host: frames',
      'ms',
      'unknown host: frames',
      'ms',
      'worst ms',
      'CLS with',
      'CLS without',
      'shift from the extension',
      'shift, built-in host',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...rows.map((r, i) =>
      row([
        r.name,
        r.builtInFrames,
        r.builtInMs,
        r.knownFrames,
        r.knownMs,
        r.frames,
        r.ms,
        r.worstMs,
        round(r.cls),
        round(r.plainCls),
        shifts[i]!,
        builtInShifts[i]!,
      ]),
    ),
    row([
      '**median**',
      summary.builtInFrames,
      `${summary.builtInMs} (worst ${summary.builtInWorst})`,
      summary.knownFrames,
      summary.knownMs,
      summary.frames,
      summary.ms,
      summary.worstMs,
      '',
      '',
      `${summary.shift} (worst ${summary.worstShift})`,
      `${summary.builtInShift} (worst ${summary.worstBuiltInShift})`,
    ]),
    '',
    ...firefoxTable(firefox),
  ];
}
