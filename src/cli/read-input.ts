import { readFile } from 'node:fs/promises';

export const STDIN = '-';

export type Input = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

// Expected failures get a short reason for a one-line message, never a stack trace.
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
};

export async function readInput(path: string): Promise<Input> {
  try {
    return { ok: true, bytes: path === STDIN ? await readStdin() : await readFile(path) };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}
