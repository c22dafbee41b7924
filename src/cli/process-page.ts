import type { EngineOptions } from '../engine/core/types';
import { clean, detect, extract } from '../engine/index';
import { pageUrl } from '../engine/page/page-url';
import { parseHtml } from './parse-html';
import { type CliRecord, roundMs, toRecord } from './record';

export interface Page {
  file: string;
  html: string | Uint8Array;
}

/** Parse, detect, clean and extract one page, timing each stage; the DOM is freed before returning. */
export function processPage(
  page: Page,
  givenUrl: string | null,
  rules: Pick<EngineOptions, 'custom' | 'extraHosts'> = {},
): CliRecord {
  let start = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const elapsed = roundMs(now - start);
    start = now;
    return elapsed;
  };
  const dom = parseHtml(page.html, givenUrl);
  try {
    const url = givenUrl ?? pageUrl(dom.window.document);
    // Re-pointing the document is far cheaper than parsing again, and makes relative links resolve.
    if (url && !givenUrl) dom.reconfigure({ url });
    const doc = dom.window.document;
    const parse = lap();
    const detection = detect(doc, { ...rules, url });
    const detectMs = lap();
    // An ordinary page needs no clean(); an aggregator page's detection is handed over, not redone.
    const removed = detection.isAggregator ? clean(doc, { ...rules, url, detection }).removed : [];
    const cleanMs = lap();
    // The page was parsed for this alone: extract may take it apart instead of copying it.
    const article = extract(doc, {
      ...rules,
      url,
      detection,
      cleaned: detection.isAggregator,
      inPlace: true,
    });
    const extractMs = lap();
    const timings = { parse, detect: detectMs, clean: cleanMs, extract: extractMs };
    return toRecord({ file: page.file, url, detection, article, removed, timings });
  } finally {
    dom.window.close();
  }
}
