// Outlet/time labels: a time in one of the common forms of the page's language, glued to the outlet name
// (two spans, no space: "The Advertiser3 days ago") or spaced ("The Advertiser · 3 days ago").
import fc from 'fast-check';
import { TIME_FORMATS, type TimeFormat, type Vocab } from './vocab';

export interface Label {
  pieces: string[];
  format: TimeFormat;
  glued: boolean;
}

const SEPARATORS = [' · ', ' | ', ' - ', ' • ', ' '];

export function timeText(vocab: Vocab): fc.Arbitrary<{ text: string; format: TimeFormat }> {
  return fc
    .constantFrom(...TIME_FORMATS)
    .chain((format) =>
      fc
        .tuple(fc.constantFrom(...vocab.times[format]), fc.integer({ min: 2, max: 23 }))
        .map(([template, n]) => ({ text: template.replace('{n}', String(n)), format })),
    );
}

export function label(vocab: Vocab, outlet: string): fc.Arbitrary<Label> {
  return fc
    .record({ time: timeText(vocab), separator: fc.option(fc.constantFrom(...SEPARATORS), { nil: null }) })
    .map(({ time, separator }) => ({
      pieces: separator === null ? [outlet, time.text] : [outlet, separator, time.text],
      format: time.format,
      glued: separator === null,
    }));
}
