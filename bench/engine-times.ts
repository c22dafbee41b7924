// Section 1: detect, clean and extract against `new Readability(doc).parse()` alone, same process, same
// DOM (jsdom), a fresh Document per call. Outputs of the first run feed the quality section.
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
  detectShare: number;
  aggregator: boolean;
}

export interface PageTimes {
  page: BenchPage;
  detect: number;
  clean: number;
  extract: number;
  readability: number;
  /** Median over runs of (clean + extract) / Readability. */
  ratio: number;
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
  for (let run = 0; run < runs; run++) {
    const options = { url: page.url };
    // Parse outside the timed calls: only the engine's own work is measured.
    const detectDoc = parsePage(page.html, page.url);
    const d = timed(() => detect(detectDoc, options));
    const cleanDoc = parsePage(page.html, page.url);
    const c = timed(() => clean(cleanDoc, options));
    const extractDoc = parsePage(page.html, page.url);
    const e = timed(() => extract(extractDoc, options));
    const rbDoc = parsePage(page.html, page.url);
    const r = timed(() => new Readability(rbDoc).parse());
    samples.detect.push(d.ms);
    samples.clean.push(c.ms);
    samples.extract.push(e.ms);
    samples.rb.push(r.ms);
    aggregator = d.value.isAggregator;
    extraction ??= e.value;
    if (run === 0) readabilityHtml = r.value?.content ?? '';
    collectGarbage();
  }
  const ratios = samples.clean.map((c, i) => (c + samples.extract[i]!) / samples.rb[i]!);
  const shares = samples.detect.map((d, i) => d / samples.rb[i]!);
  return {
    page,
    detect: median(samples.detect),
    clean: median(samples.clean),
    extract: median(samples.extract),
    readability: median(samples.rb),
    ratio: median(ratios),
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
