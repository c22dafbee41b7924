import { relative } from 'node:path';
import { version } from '../../package.json';
import { parseArgs, type RunOptions } from './args';
import { defaultSamplePath } from './default-sample';
import { createFraming } from './framing';
import { exitQuietlyOnClosedPipe, warn, write } from './output';
import { processPage } from './process-page';
import { readInput, STDIN } from './read-input';
import { readRules } from './rules-file';
import { sniffHtml } from './sniff';
import { HELP, USAGE_LINE } from './usage';

/** Runs the CLI and resolves to the exit code; the launcher in bin/ sets it. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      await write(HELP);
      return 0;
    case 'version':
      await write(`clean-reader ${version}\n`);
      return 0;
    case 'error':
      process.stderr.write(`clean-reader: ${parsed.message}\n${USAGE_LINE}\n`);
      return 2;
    case 'run':
      return run(parsed.options);
  }
}

async function run(options: RunOptions): Promise<number> {
  exitQuietlyOnClosedPipe();
  const rules =
    options.rules === undefined ? { ok: true as const, options: {} } : await readRules(options.rules);
  if (!rules.ok) {
    process.stderr.write(`clean-reader: --rules ${options.rules}: ${rules.message}\n`);
    return 2;
  }
  const files =
    options.files.length > 0 ? options.files : [relative('.', defaultSamplePath(import.meta.url))];
  const framing = createFraming(options.format, files.length);
  let written = 0;
  let failed = false;
  await write(framing.start());
  // One page at a time, each DOM freed before the next, so memory stays flat over hundreds of files.
  for (const path of files) {
    const file = path === STDIN ? '<stdin>' : path;
    const input = await readInput(path);
    const sniffed = input.ok ? sniffHtml(input.bytes) : input;
    if (!sniffed.ok) {
      warn(file, sniffed.reason);
      failed = true;
      continue;
    }
    try {
      await write(
        framing.item(processPage({ file, html: sniffed.html }, options.url, rules.options), written),
      );
      written++;
    } catch (error) {
      warn(file, `cannot process: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  await write(framing.end(written));
  return failed ? 1 : 0;
}
