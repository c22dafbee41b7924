// A static server on 127.0.0.1 for the e2e pages: /fixtures/<kind>/<case>/ serves that fixture's source.html.
// Nothing else is reachable, and nothing leaves the machine.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

const ROUTES: Record<string, (rest: string) => string> = {
  fixtures: (rest) => join(ROOT, 'test', 'fixtures', rest, 'source.html'),
};

function resolve(pathname: string): string | null {
  const [, route = '', ...rest] = pathname.split('/');
  const toFile = ROUTES[route];
  const relative = normalize(decodeURIComponent(rest.join('/')));
  if (!toFile || relative.startsWith('..') || relative.includes(`${sep}..`)) return null;
  return toFile(relative.replace(/\/$/, ''));
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
    const file = resolve(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    try {
      if (!file) throw new Error('no route');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
