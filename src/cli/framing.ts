import { toMarkdown, toPlainText } from '../formats/article-format';
import type { Format } from './args';
import type { CliRecord } from './record';

/**
 * How results are laid out on stdout. Each record is written as soon as it is ready, so the framing
 * is split into start, per-item and end pieces; together they keep the whole output valid for
 * its format (one JSON value, one object per line, or readable documents with file headers).
 */
export interface Framing {
  start(): string;
  /** `written` is how many records were already output (failed files are skipped). */
  item(record: CliRecord, written: number): string;
  end(written: number): string;
}

export function createFraming(format: Format, inputCount: number): Framing {
  const several = inputCount > 1;
  switch (format) {
    case 'jsonl':
      return { start: () => '', item: (record) => `${JSON.stringify(record)}\n`, end: () => '' };
    case 'json':
      return several
        ? jsonArray
        : { start: () => '', item: (record) => `${pretty(record)}\n`, end: () => '' };
    case 'markdown':
      return documents(
        toMarkdown,
        (file, written) => `${written > 0 ? '\n---\n\n' : ''}<!-- ${comment(file)} -->\n\n`,
        several,
      );
    case 'text':
      return documents(
        toPlainText,
        (file, written) => `${written > 0 ? '\n' : ''}==> ${file} <==\n`,
        several,
      );
  }
}

const jsonArray: Framing = {
  start: () => '[\n',
  item: (record, written) => `${written > 0 ? ',\n' : ''}${pretty(record).replace(/^/gm, '  ')}`,
  end: (written) => (written > 0 ? '\n]\n' : ']\n'),
};

function pretty(record: CliRecord): string {
  return JSON.stringify(record, null, 2);
}

function documents(
  format: (record: CliRecord) => string,
  header: (file: string, written: number) => string,
  several: boolean,
): Framing {
  return {
    start: () => '',
    item: (record, written) => (several ? header(record.file, written) : '') + format(record),
    end: () => '',
  };
}

// "--" would end the HTML comment early.
function comment(file: string): string {
  return file.replace(/--/g, '-\u200b-');
}
