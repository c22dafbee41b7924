// The layouts section of docs/benchmarks.md: rates per invariant over the seeded layouts, then the
// dimension values whose pages failed an invariant most often, each with its shortest failing page.
import type { LayoutKind, LayoutTally } from './layouts';
import { row } from './stats';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(2)} %`;

const MEANING: Record<string, string> = {
  detected: 'detected as an aggregator page (detection rate)',
  once: 'after clean(), each paragraph once in the visible-by-markup text',
  kept: 'extract() keeps each paragraph exactly once',
  'no-junk':
    'no promo, attribution or teaser text on the cleaned page; no label or other story in the article',
  source: 'extract().source names the original outlet',
  'not-detected': 'not detected (100 % minus the false-detection rate)',
  unchanged: 'clean() changes nothing',
};

export function layoutSection(results: Record<LayoutKind, LayoutTally>, seconds: number): string[] {
  const lines = [
    '## 6. Generated layouts',
    '',
    `${results.aggregator.pages.toLocaleString('en')} aggregator and ${results.ordinary.pages.toLocaleString('en')} ordinary pages from the engine tests' seeded generator (\`test/engine/layouts/\`: six markup styles, 1–4 copies of the body of seven kinds, outlet/time labels in six forms and four languages, promo, related and attribution blocks, in any order; the ordinary twin with pull quotes, comment threads, its own related list, cookie tables, newsletter boxes, bios, captions), checked in jsdom as \`test/engine/layouts.test.ts\` checks them, with no PENDING list: every failure counts here. ${seconds.toFixed(0)} s.`,
    '',
    row(['Pages', 'Invariant', 'Held']),
    row(['---', '---', '---']),
  ];
  for (const kind of ['aggregator', 'ordinary'] as const) {
    const t = results[kind];
    for (const [invariant, held] of Object.entries(t.held))
      lines.push(
        row([kind, MEANING[invariant] ?? invariant, `${pct(held, t.pages)} (${held.toLocaleString('en')})`]),
      );
  }
  // A failing page counts for each of its values: a value fails far above its invariant's overall rate only
  // where it is a cause, so the table is sorted by rate and cut at a few percent of the pages.
  const worst = (['aggregator', 'ordinary'] as const)
    .flatMap((kind) =>
      Object.entries(results[kind].cells).map(([key, cell]) => {
        const seen = results[kind].seen[key.split(' × ')[1] ?? ''] ?? 1;
        return { kind, key, seen, rate: cell.count / seen, ...cell };
      }),
    )
    .filter((cell) => cell.seen >= results[cell.kind].pages / 100)
    .sort((a, b) => b.rate - a.rate)
    .slice(0, 20);
  if (worst.length > 0) {
    lines.push(
      '',
      'The dimension values whose pages failed an invariant most often, with one failing page each:',
      '',
      row(['Invariant × value', 'Failing / pages with the value', 'A failing page']),
      row(['---', '---:', '---']),
      ...worst.map((c) =>
        row([
          `${c.kind}: ${c.key}`,
          `${c.count} / ${c.seen} (${pct(c.count, c.seen)})`,
          `${c.url} — ${c.why.slice(0, 80).replace(/\|/g, '/')}`,
        ]),
      ),
    );
  }
  return lines;
}
