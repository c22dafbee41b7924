import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli } from './helpers/cli';

const PAGE = 'test/fixtures/aggregator/msn-guardian/source.html';
/** A copyright line the engine keeps on its own; only the reader's phrase rule removes it. */
const COPYRIGHT = '© The Guardian';

describe('clean-reader --rules', () => {
  let dir: string;
  const rulesFile = (content: string) => {
    const path = join(dir, `rules-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(() => {
    buildCli();
    dir = mkdtempSync(join(tmpdir(), 'clean-reader-rules-'));
  });

  test('a phrase rule removes its block, and the removal is reported', () => {
    const without = JSON.parse(runCli(['--format', 'json', PAGE]).stdout) as { paragraphs: string[] };
    expect(without.paragraphs).toContain(COPYRIGHT);
    const run = runCli([
      '--format',
      'json',
      '--rules',
      rulesFile(JSON.stringify({ phrases: [COPYRIGHT] })),
      PAGE,
    ]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as { paragraphs: string[]; removed: { rule: string }[] };
    expect(record.paragraphs).not.toContain(COPYRIGHT);
    expect(record.removed.some((removal) => removal.rule === 'custom-phrases')).toBe(true);
  });

  test.each([
    ['not JSON', '{', 'is not JSON'],
    ['JSON without rules', '{"name":"x"}', 'has none of phrases, selectors, extraHosts'],
  ])('a rules file that is %s is exit 2 with one line on stderr', (_, content, message) => {
    const path = rulesFile(content);
    const run = runCli(['--rules', path, PAGE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`clean-reader: --rules ${path}: ${message}\n`);
  });

  test('a missing rules file is exit 2', () => {
    expect(runCli(['--rules', join(dir, 'missing.json'), PAGE]).code).toBe(2);
  });
});
