// The report's Chromium (section 3) and size (section 4) parts, each as target rows and body lines.
import type { BrowserResults } from './chromium-perf';
import type { FileSize } from './sizes';
import { ms, verdict } from './stats';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sizeSection(sizes: readonly FileSize[]): { targets: string[]; body: string[] } {
  const startup = sizes.filter((s) => s.startup);
  const gzip = startup.reduce((sum, s) => sum + s.gzip, 0);
  const raw = startup.reduce((sum, s) => sum + s.raw, 0);
  return {
    targets: [
      row(['start-up code, every page load (gzip -9)', '≤ 15 KB', kb(gzip), verdict(gzip, 15 * 1024)]),
    ],
    body: [
      '## 4. Size of the Chrome build',
      '',
      'Every file of `dist/chrome` (Firefox\'s build has the same chunks). "Every page" = the manifest\'s content-script loader and what it imports statically; `import()` calls are followed only when they run: `clean` on the first clean of an aggregator page, `extract` (Readability, DOMPurify, metadata, related stories) when the popup asks for the article.',
      '',
      row(['File', 'Loads', 'raw', 'gzip -9']),
      row(['---', '---', '---:', '---:']),
      ...sizes.map((s) =>
        row([`\`${s.file}\``, s.startup ? '**every page**' : 'on demand', kb(s.raw), kb(s.gzip)]),
      ),
      row(['**start-up total**', '', `**${kb(raw)}**`, `**${kb(gzip)}**`]),
      '',
    ],
  };
}

export function browserSection(results: BrowserResults | null): { targets: string[]; body: string[] } {
  if (!results) {
    const none = '**not measured**';
    return {
      targets: [
        row(['content script main-thread cost, ordinary / aggregator page', '≤ 2 / 15 ms', none, 'open']),
        row(['longest task caused on the 5 MB page', '< 50 ms', none, 'open']),
        row(['popup open to article shown', '≤ 100 ms', none, 'open']),
      ],
      body: [
        '## 3. Real Chromium',
        '',
        'Not measured yet: `bench/chromium-perf.ts` has no Chromium run (see "Missing" below).',
        '',
      ],
    };
  }
  return {
    targets: [
      row([
        'content script main-thread cost, ordinary page',
        '≤ 2 ms',
        `${ms(results.ordinary.median)} ms`,
        verdict(results.ordinary.median, 2),
      ]),
      row([
        'content script main-thread cost, aggregator page',
        '≤ 15 ms',
        `${ms(results.aggregator.median)} ms`,
        verdict(results.aggregator.median, 15),
      ]),
      row([
        'longest task caused on the 5 MB page',
        '< 50 ms',
        `${ms(results.bigLongestTask)} ms`,
        verdict(results.bigLongestTask, 50),
      ]),
      row([
        'popup open to article shown',
        '≤ 100 ms',
        `${ms(results.popup.median)} ms`,
        verdict(results.popup.median, 100),
      ]),
    ],
    body: [
      '## 3. Real Chromium',
      '',
      results.method,
      '',
      row(['Page', 'HTML', 'extension main-thread ms (median)', 'longest extension task ms', 'runs']),
      row(['---', '---:', '---:', '---:', '---:']),
      ...results.pages.map((p) => row([p.label, kb(p.bytes), ms(p.median), ms(p.longest), p.samples.length])),
      '',
      `Popup, from navigation start to the article's paragraphs in the DOM, seed-daily8: median ${ms(results.popup.median)} ms over ${results.popup.samples.length} runs (${results.popup.samples.map(ms).join(', ')}).`,
      '',
      `Chromium ${results.version}.`,
      '',
    ],
  };
}
