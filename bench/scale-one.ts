// One size of the scaling section, run in its own process so that peak memory belongs to that size.
import { clean, detect } from '../src/engine';
import { parsePage } from './pages';
import { collectGarbage, median, timed } from './stats';
import { syntheticPage } from './synthetic';

export interface ScaleSample {
  paragraphs: number;
  bytes: number;
  parseMs: number;
  detectMs: number;
  cleanMs: number;
  removed: number;
  /** Peak resident set size of the process, MB. */
  peakRssMb: number;
  /** Resident set size before the page was built, MB. */
  baseRssMb: number;
}

export function scaleOne(paragraphs: number, runs: number): ScaleSample {
  collectGarbage();
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const html = syntheticPage(paragraphs);
  const url = 'https://www.daily8.com/news/council-report-1a2b3c';
  const parse: number[] = [];
  const det: number[] = [];
  const cl: number[] = [];
  let removed = 0;
  for (let run = 0; run < runs; run++) {
    const p = timed(() => parsePage(html, url));
    det.push(timed(() => detect(p.value, { url })).ms);
    const doc = parsePage(html, url);
    const c = timed(() => clean(doc, { url }));
    if (!c.value.cleaned) throw new Error(`synthetic page of ${paragraphs} paragraphs was not detected`);
    removed = c.value.removed.length;
    parse.push(p.ms);
    cl.push(c.ms);
    collectGarbage();
  }
  return {
    paragraphs,
    bytes: Buffer.byteLength(html),
    parseMs: median(parse),
    detectMs: median(det),
    cleanMs: median(cl),
    removed,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb,
  };
}
