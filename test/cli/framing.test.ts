import { describe, expect, test } from 'vitest';
import type { Format } from '../../src/cli/args';
import { createFraming } from '../../src/cli/framing';
import { toMarkdown, toPlainText } from '../../src/formats/article-format';
import { makeRecord } from './helpers/make-record';

const a = makeRecord({ file: 'a.html', title: 'A', paragraphs: ['Body A.'] });
const b = makeRecord({ file: 'b.html', title: 'B', paragraphs: ['Body B.'] });

/** What a run writes for these records, the way main.ts drives the framing. */
function output(format: Format, inputCount: number, records = [a, b]): string {
  const framing = createFraming(format, inputCount);
  return (
    framing.start() +
    records.map((record, written) => framing.item(record, written)).join('') +
    framing.end(records.length)
  );
}

describe('createFraming', () => {
  test.each<[Format, number]>([
    ['json', 2],
    ['json', 5],
    ['json', 1],
  ])('%s with %i inputs is one valid JSON value', (format, inputs) => {
    const records = inputs === 1 ? [a] : [a, b];
    const parsed: unknown = JSON.parse(output(format, inputs, records));
    expect(parsed).toEqual(inputs === 1 ? a : [a, b]);
  });

  test.each([0, 1, 2])('json array with %i records written stays valid', (count) => {
    expect(JSON.parse(output('json', 3, [a, b].slice(0, count)))).toEqual([a, b].slice(0, count));
  });

  test('jsonl prints one compact object per line', () => {
    const lines = output('jsonl', 2).split('\n');
    expect(lines).toEqual([JSON.stringify(a), JSON.stringify(b), '']);
  });

  test('json keys come in the documented order', () => {
    expect(Object.keys(JSON.parse(output('jsonl', 1, [a])))).toEqual([
      'file',
      'url',
      'isAggregator',
      'score',
      'signals',
      'title',
      'source',
      'siteName',
      'byline',
      'published',
      'canonicalUrl',
      'originalUrl',
      'paragraphs',
      'text',
      'html',
      'related',
      'removed',
      'timings',
    ]);
  });

  test.each<[Format, string]>([
    ['text', `==> a.html <==\n${toPlainText(a)}\n==> b.html <==\n${toPlainText(b)}`],
    ['markdown', `<!-- a.html -->\n\n${toMarkdown(a)}\n---\n\n<!-- b.html -->\n\n${toMarkdown(b)}`],
  ])('%s with several inputs puts a header before each file', (format, expected) => {
    expect(output(format, 2)).toBe(expected);
  });

  test.each<[Format, string]>([
    ['text', toPlainText(a)],
    ['markdown', toMarkdown(a)],
  ])('%s with one input has no header', (format, expected) => {
    expect(output(format, 1, [a])).toBe(expected);
  });

  test('a file name cannot close the markdown comment early', () => {
    const text = output('markdown', 2, [makeRecord({ file: 'x-->y.html' }), b]);
    expect(text.split('\n')[0]).toMatch(/^<!-- x-.+-?>y\.html -->$/);
    expect(text.split('\n')[0]!.indexOf('-->')).toBe(text.split('\n')[0]!.length - 3);
  });
});
