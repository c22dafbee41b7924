// The corpus section in child processes of a few pages each: jsdom's Documents are not all freed in one
// long process (it ran out of heap after about 100 pages), and two children use both cores.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type TimesRow, timePage, toRow } from './engine-times';
import { corpusPages } from './pages';
import { corpusAgreement } from './quality';

export interface CorpusRow {
  times: TimesRow;
  engineF1: number;
  readabilityF1: number;
}

const BATCH = 15;
const PARALLEL = 2;

/** Child mode: times pages [start, end) of the corpus. */
export function corpusBatch(start: number, end: number, runs: number): CorpusRow[] {
  return corpusPages()
    .slice(start, end)
    .map((page) => {
      const t = timePage(page, runs);
      return {
        times: toRow(t),
        engineF1: corpusAgreement(t.extraction.html, page.expectedHtml ?? ''),
        readabilityF1: corpusAgreement(t.readabilityHtml, page.expectedHtml ?? ''),
      };
    });
}

export async function runCorpus(): Promise<CorpusRow[]> {
  const total = corpusPages().length;
  const starts = Array.from({ length: Math.ceil(total / BATCH) }, (_, i) => i * BATCH);
  const results: CorpusRow[][] = [];
  const run = promisify(execFile);
  for (let i = 0; i < starts.length; i += PARALLEL) {
    const wave = starts.slice(i, i + PARALLEL).map(async (start) => {
      const args = ['--expose-gc', process.argv[1]!, 'corpus', String(start), String(start + BATCH)];
      const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 24 });
      return JSON.parse(stdout.trim().split('\n').at(-1)!) as CorpusRow[];
    });
    results.push(...(await Promise.all(wave)));
  }
  return results.flat();
}
