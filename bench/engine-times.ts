// Section 1: detect, clean and extract (the CLI's pipeline on one Document) against
// `new Readability(doc).parse()` alone on a fresh Document, same process, same DOM (jsdom).
// Outputs of the first run feed the quality section.
import { Readability } from '@mozilla/readability';
import { clean, detect, type Extraction, extract } from '../src/engine';
import { type BenchPage, parsePage } from './pages';
import { collectGarbage, median, timed } from './stats';

/** What the report needs of one page's times: plain data, so a child process can send it. */
export interface TimesRow {
  name: string;
  kind: BenchPage['kind'];
  detect: number;
  clean: number;
  extract: number;
  readability: number;
  ratio: number;
  pipelineRatio: number;
  detectShare: number;
  aggregator: boolean;
}

export interface PageTimes {
  page: BenchPage;
  detect: number;
  clean: number;
  extract: number;
  readability: number;
  /** Median over runs of (clean + extract) / Readability: the target. */
  ratio: number;
  /** Median over runs of (detect + clean + extract) / Readability: the whole pipeline. */
  pipelineRatio: number;
  detectShare: number;
  aggregator: boolean;
  extraction: Extraction;
  readabilityHtml: string;
}

export function timePage(page: BenchPage, runs: number): PageTimes {
  const samples = {
    detect: [] as number[],
    clean: [] as number[],
    extract: [] as number[],
    rb: [] as number[],
  };
  let aggregator = false;
  let extraction: Extraction | null = null;
  let readabilityHtml = '';
  // Each run times one side on a freshly parsed Document, the pipeline and Readability in turn, and a pair's
  // ratio sets one against the other. Run one after the other on the same page's HTML, whichever went second
  // found caches warm that the first had filled: a second Readability run right after a first takes 0.80 × as
  // long (median over the corpus).
  const pairs = Math.max(1, Math.floor(runs / 2));
  for (let run = 0; run < pairs * 2; run++) {
    const doc = parsePage(page.html, page.url);
    if (run % 2 === 1) {
      const r = timed(() => new Readability(doc).parse());
      samples.rb.push(r.ms);
      readabilityHtml ||= r.value?.content ?? '';
    } else {
      // The pipeline as the CLI runs it, on one Document: detect, clean with that detection (a no-op on an
      // ordinary page), extract handing both over. Parsing stays outside the timed calls.
      const options = { url: page.url };
      const d = timed(() => detect(doc, options));
      const detection = d.value;
      const c = timed(() => clean(doc, { ...options, detection }));
      const e = timed(() =>
        extract(doc, { ...options, detection, cleaned: detection.isAggregator, inPlace: true }),
      );
      samples.detect.push(d.ms);
      samples.clean.push(c.ms);
      samples.extract.push(e.ms);
      aggregator = detection.isAggregator;
      extraction ??= e.value;
    }
    collectGarbage();
  }
  // Detection has its own target (its share of Readability); the ratio's target is clean + extract. The whole
  // pipeline is reported next to it.
  const ratios = samples.clean.map((c, i) => (c + samples.extract[i]!) / samples.rb[i]!);
  const pipelineRatios = samples.clean.map(
    (c, i) => (samples.detect[i]! + c + samples.extract[i]!) / samples.rb[i]!,
  );
  const shares = samples.detect.map((d, i) => d / samples.rb[i]!);
  return {
    page,
    detect: median(samples.detect),
    clean: median(samples.clean),
    extract: median(samples.extract),
    readability: median(samples.rb),
    ratio: median(ratios),
    pipelineRatio: median(pipelineRatios),
    detectShare: median(shares),
    aggregator,
    extraction: extraction!,
    readabilityHtml,
  };
}

export function toRow(t: PageTimes): TimesRow {
  const { page, extraction: _e, readabilityHtml: _r, ...rest } = t;
  return { name: page.name, kind: page.kind, ...rest };
}
