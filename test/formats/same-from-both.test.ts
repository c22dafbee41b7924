// The CLI and the extension's export write one format (src/formats/article-format.ts): the same article gives
// the same Markdown and the same plain text from both.
import { expect, test } from 'vitest';
import { createFraming } from '../../src/cli/framing';
import { exportArticle } from '../../src/extension/shared/export';
import { makeRecord, STORY } from '../cli/helpers/make-record';

const record = makeRecord({
  originalUrl: 'https://outlet.example/story',
  paragraphs: ['First *paragraph*.', '# Not a heading'],
  related: [STORY],
});
const view = { ...record, lang: null, dir: null, excerpt: null, readingMinutes: 1 };

test.each([
  ['markdown', 'markdown'],
  ['text', 'text'],
] as const)('%s', (cliFormat, exportFormat) => {
  const framing = createFraming(cliFormat, 1);
  const fromCli = framing.start() + framing.item(record, 0) + framing.end(1);
  expect(fromCli).toBe(exportArticle(view, exportFormat));
  expect(fromCli).toContain('outlet.example/story');
  expect(fromCli).toContain('Another story');
});
