// Streaming output: wait for the pipe to drain so hundreds of results do not pile up in memory,
// and stop quietly when the reader goes away (`clean-reader *.html | head`).

export function write(chunk: string): Promise<void> {
  if (chunk === '') return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

export function warn(file: string, reason: string): void {
  process.stderr.write(`clean-reader: ${file}: ${reason}\n`);
}
