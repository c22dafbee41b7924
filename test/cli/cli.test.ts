import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SAMPLE } from '../../src/cli/default-sample';
import type { CliRecord } from '../../src/cli/record';
import { buildCli, LAUNCHER, lines, ROOT, runCli } from './helpers/cli';

interface Expected {
  url: string;
  title: string;
  paragraphs: string[];
  absent: string[];
}

const SAMPLE = DEFAULT_SAMPLE;
const expected = JSON.parse(readFileSync(join(ROOT, dirname(SAMPLE), 'expected.json'), 'utf8')) as Expected;
const KEYS = [
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
];

let dir = '';
const inDir = (name: string): string => join(dir, name);

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'clean-reader-cli-'));
  writeFileSync(inDir('empty.html'), '');
  writeFileSync(
    inDir('image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe('clean-reader', () => {
  test('with no arguments cleans the bundled sample: title first, each paragraph once, no promos', () => {
    const { code, stdout, stderr } = runCli([]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toBe(expected.title);
    for (const paragraph of expected.paragraphs) expect(count(stdout, paragraph)).toBe(1);
    for (const junk of expected.absent) expect(stdout).not.toContain(junk);
  });

  test('--format json prints one object with exactly the documented keys', () => {
    const { code, stdout } = runCli(['--format', 'json', SAMPLE]);
    expect(code).toBe(0);
    const record = JSON.parse(stdout) as CliRecord;
    expect(Object.keys(record)).toEqual(KEYS);
    expect(record).toMatchObject({
      file: SAMPLE,
      url: expected.url,
      isAggregator: true,
      title: expected.title,
    });
    expect(record.text).toBe(record.paragraphs.join('\n'));
    expect(Object.keys(record.timings)).toEqual(['parse', 'detect', 'clean', 'extract']);
    for (const ms of Object.values(record.timings)) {
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(Math.round(ms * 100) / 100).toBe(ms);
    }
    expect(record.removed.length).toBeGreaterThan(0);
  });

  test('--format json with several inputs prints one JSON array', () => {
    const { stdout } = runCli(['--format=json', SAMPLE, SAMPLE]);
    const records = JSON.parse(stdout) as CliRecord[];
    expect(records.map((record) => record.file)).toEqual([SAMPLE, SAMPLE]);
  });

  test('--format jsonl prints one compact object per line; --url overrides the canonical URL', () => {
    const { stdout } = runCli(['--format', 'jsonl', '--url', 'https://example.org/x', SAMPLE, SAMPLE]);
    const records = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as CliRecord);
    expect(records).toHaveLength(2);
    for (const record of records)
      expect(record).toMatchObject({ url: 'https://example.org/x', title: expected.title });
  });

  test('- reads the page from standard input', () => {
    const { code, stdout } = runCli(['--format', 'jsonl', '-'], { input: readFileSync(join(ROOT, SAMPLE)) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ file: '<stdin>', url: expected.url, title: expected.title });
  });

  test('bad files get one stderr line each and exit 1, while the good file is still printed', () => {
    const missing = inDir('missing.html');
    const files = [missing, SAMPLE, inDir('empty.html'), inDir('image.png'), 'package.json'];
    const { code, stdout, stderr } = runCli(['--format', 'jsonl', ...files]);
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual([
      `clean-reader: ${missing}: no such file`,
      `clean-reader: ${inDir('empty.html')}: empty file`,
      `clean-reader: ${inDir('image.png')}: not an HTML file (binary data)`,
      'clean-reader: package.json: not an HTML file (no markup)',
    ]);
    expect(lines(stdout).map((line) => (JSON.parse(line) as CliRecord).file)).toEqual([SAMPLE]);
  });

  test('text output for several files puts a header line before each', () => {
    const { stdout } = runCli([SAMPLE, SAMPLE]);
    expect(lines(stdout).filter((line) => line.startsWith('==> '))).toEqual([
      `==> ${SAMPLE} <==`,
      `==> ${SAMPLE} <==`,
    ]);
    expect(count(stdout, expected.paragraphs[0]!)).toBe(2);
  });

  test.each([
    [['--bogus'], 'clean-reader: unknown option --bogus'],
    [['--format', 'xml'], 'clean-reader: --format must be one of text, markdown, json, jsonl, got "xml"'],
    [['--url', 'file:///etc/passwd'], 'clean-reader: --url must be an http(s) URL, got "file:///etc/passwd"'],
  ])('%j is a usage error: exit 2, message and usage line on stderr', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(lines(stderr)).toEqual([message, expect.stringMatching(/^usage: clean-reader /)]);
  });

  test('--help prints the usage to stdout and exits 0', () => {
    const { code, stdout, stderr } = runCli(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^usage: clean-reader /);
    expect(stdout).toContain('--format');
  });

  test('300 pages in one call stream 300 jsonl lines in order', () => {
    const pages = Array.from({ length: 300 }, (_, i) => inDir(`page-${i}.html`));
    pages.forEach((page, i) => {
      writeFileSync(
        page,
        `<title>Story ${i}</title><article><h1>Story ${i}</h1><p>Paragraph of story ${i}.</p></article>`,
      );
    });
    const { code, stdout, stderr } = runCli(['--format', 'jsonl', ...pages]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const records = lines(stdout).map((line) => JSON.parse(line) as CliRecord);
    expect(records.map((record) => record.file)).toEqual(pages);
    expect(records.map((record) => record.text)).toEqual(pages.map((_, i) => `Paragraph of story ${i}.`));
  });

  test('the launcher explains how to build when the bundle is missing', () => {
    const launcher = join(dir, 'unbuilt', LAUNCHER);
    mkdirSync(join(launcher, '..'), { recursive: true });
    copyFileSync(join(ROOT, LAUNCHER), launcher);
    const { code, stdout, stderr } = runCli([], { launcher });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(lines(stderr)).toEqual([expect.stringContaining('npm run build:cli')]);
  });
});
