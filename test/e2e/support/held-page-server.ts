// Serves pages from memory on 127.0.0.1, like page-server.ts, except that one path is held: it sends the first
// half of its page and the rest only when the test calls release(). The tab then sits on a new document that
// is still loading (its content script not yet run) for exactly as long as the test wants.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FixtureServer } from './server';

export interface HeldPageServer extends FixtureServer {
  /** Lets every held response that has started finish. */
  release(): void;
}

export async function serveHeldPages(
  pages: Record<string, string>,
  heldPath: string,
): Promise<HeldPageServer> {
  const waiting: (() => void)[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const html = pages[path];
    response.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    if (html === undefined || path !== heldPath) return response.end(html ?? 'not found');
    const half = Math.floor(html.length / 2);
    response.write(html.slice(0, half));
    waiting.push(() => response.end(html.slice(half)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const release = () => {
    for (const finish of waiting.splice(0)) finish();
  };
  return {
    origin: `http://127.0.0.1:${port}`,
    release,
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
