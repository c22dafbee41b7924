// An HTTP proxy on 127.0.0.1 that records every request a browser sends through it and forwards only those
// to the fixture server; every other request is refused. Pointed at by all of a browser's traffic (the
// fixture server included), it sees what the whole browser process asks for: pages, extension pages and the
// extension's background script alike. HTTPS arrives as a CONNECT tunnel, recorded as https://host:port/.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Every URL asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(forwardOrigin: string): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    requests.push(url);
    if (!url.startsWith(`${forwardOrigin}/`)) {
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('refused by the test proxy');
      return;
    }
    const upstream = forward(url, { method: incoming.method, headers: incoming.headers }, (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, socket) => {
    requests.push(`https://${incoming.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Refused by the test proxy\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
