import { describe, expect, test } from 'vitest';
import { type ParsedArgs, parseArgs } from '../../src/cli/args';

const run = (files: string[], url: string | null = null, format = 'text'): ParsedArgs =>
  ({ kind: 'run', options: { files, url, format } }) as ParsedArgs;

describe('parseArgs', () => {
  test.each<[string[], ParsedArgs]>([
    [[], run([])],
    [['a.html'], run(['a.html'])],
    [['a.html', '-', 'b.html'], run(['a.html', '-', 'b.html'])],
    [['--format', 'json', 'a.html'], run(['a.html'], null, 'json')],
    [['--format=jsonl'], run([], null, 'jsonl')],
    [['--format', 'markdown', '--format', 'text'], run([], null, 'text')],
    [['--url', 'https://ex.com/a', 'x.html'], run(['x.html'], 'https://ex.com/a')],
    [['--url=http://ex.com/?q=a=b'], run([], 'http://ex.com/?q=a=b')],
    [['--', '--odd-name.html', '-'], run(['--odd-name.html', '-'])],
    [['a.html', '--format', 'json', 'b.html'], run(['a.html', 'b.html'], null, 'json')],
  ])('%j runs', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each<[string[], ParsedArgs['kind']]>([
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['a.html', '--help', '--bogus'], 'help'],
    [['--version'], 'version'],
    [['--version', '--help'], 'version'],
  ])('%j is %s', (argv, kind) => {
    expect(parseArgs(argv).kind).toBe(kind);
  });

  test.each<[string[], string]>([
    [['--bogus'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--bogus=1', '--help'], 'unknown option --bogus'],
    [['--format'], 'option --format needs a value'],
    [['--format='], 'option --format needs a value'],
    [['--format', 'xml'], '--format must be one of text, markdown, json, jsonl, got "xml"'],
    [['--format', 'JSON'], '--format must be one of text, markdown, json, jsonl, got "JSON"'],
    [['--url'], 'option --url needs a value'],
    [['--url', 'ftp://ex.com/'], '--url must be an http(s) URL, got "ftp://ex.com/"'],
    [['--url', 'javascript:alert(1)'], '--url must be an http(s) URL, got "javascript:alert(1)"'],
    [['--url', 'ex.com/page'], '--url must be an http(s) URL, got "ex.com/page"'],
    [['--help=yes'], 'option --help takes no value'],
  ])('%j is rejected', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'error', message });
  });
});
