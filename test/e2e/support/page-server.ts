// Serves pages built in memory (generated fixtures) on 127.0.0.1: path → HTML. Nothing else is reachable.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FixtureServer } from './server';

export async function servePages(pages: Record<string, string>): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const html = pages[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    response.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
