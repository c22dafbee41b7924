// Section 2: each size in a child process (the same bundle, `scale <n>`), so peak memory is per size.
import { execFileSync } from 'node:child_process';
import type { ScaleSample } from './scale-one';

const SIZES = [100, 1_000, 10_000, 50_000];

export function runScaling(): ScaleSample[] {
  return SIZES.map((n) => {
    const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1]!, 'scale', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as ScaleSample;
  });
}

/** Runs per size: fewer for the big pages, whose parse alone takes seconds in jsdom. */
export function runsFor(paragraphs: number): number {
  return paragraphs >= 50_000 ? 3 : 5;
}
