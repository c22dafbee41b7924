import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const LAUNCHER = 'bin/clean-reader.mjs';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/cli/main.mjs from the current sources, so the process tests never run a stale bundle. */
export function buildCli(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function runCli(args: string[], options: { input?: string | Buffer; launcher?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [options.launcher ?? LAUNCHER, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
