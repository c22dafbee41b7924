// `node bench/run.mjs layouts [runs]`: the layouts section alone (default 10,000 pages of each kind), printed
// as markdown; `layouts-batch kind batch count` is its child mode (bench/layouts.ts).
import { type LayoutKind, layoutBatch, runLayouts } from './layouts';
import { layoutSection } from './layouts-report';

async function main(): Promise<void> {
  const [mode, a, b, c] = process.argv.slice(2);
  if (mode === 'layouts-batch') {
    process.stdout.write(`${JSON.stringify(layoutBatch(a as LayoutKind, Number(b), Number(c)))}\n`);
    return;
  }
  const runs = Number(mode ?? 10_000);
  const started = Date.now();
  const results = await runLayouts(runs, process.argv[1] ?? '', (m) =>
    process.stderr.write(`[bench] ${m}\n`),
  );
  process.stdout.write(`${layoutSection(results, (Date.now() - started) / 1000).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
