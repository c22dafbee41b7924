// Real publisher pages from ../shared/corpus/real-ordinary, served on 127.0.0.1 for the no-harm check in real
// browsers: the page's own scripts are blocked by CSP (so only the extension could change the DOM), and one
// inline script, allowed by its nonce, keeps the body as it was at DOMContentLoaded. The content script's own
// DOMContentLoaded listener runs first (it is registered at document_start), but only reads an ordinary page.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './server';

const REAL_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'real-ordinary');

interface ManifestPage {
  file: string;
  url: string | null;
}

function realPages(): ManifestPage[] {
  const manifest = join(REAL_CORPUS, 'manifest.json');
  if (!existsSync(manifest)) return [];
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { pages: ManifestPage[] }).pages;
}

/**
 * Fifty pages: every page an earlier engine mistook for an aggregator page (comment threads, cookie tables,
 * newsletter forms, teaser rails printed twice), then an even spread over the rest of the corpus.
 */
const ONCE_MISTAKEN = [
  'fundus/ch-SRF_2024_04_15',
  'fundus/za-DailyMaverick_2025_05_22',
  'goose3/test_testHuffingtonPost',
  'goose-go/globoesporte.globo.com',
  'goose-go/nytimes.com',
  'snacktory/blogs.adobe.com',
  'snacktory/boingboing',
  'snacktory/cloudcomputingexpo3',
  'snacktory/corona_theislandnow',
  'snacktory/huffingtonpost',
  'snacktory/mobile.slashdot.org',
  'snacktory/reuters3',
  'snacktory/russian.rt.com',
  'snacktory/russian.rt2.com',
  'snacktory/sys-con',
  'snacktory/thedailybeast',
  'snacktory/wsj',
];
export const SAMPLE_SIZE = 50;

export function samplePages(): ManifestPage[] {
  const pages = realPages();
  const first = pages.filter((page) => ONCE_MISTAKEN.includes(page.file.replace(/\.html\.gz$/, '')));
  const rest = pages.filter((page) => !first.includes(page));
  const step = rest.length / (SAMPLE_SIZE - first.length);
  const spread = Array.from({ length: SAMPLE_SIZE - first.length }, (_, i) => rest[Math.floor(i * step)]!);
  return [...first, ...spread];
}

const NONCE = 'clean-reader-no-harm';
const KEEP_BEFORE = `<script nonce="${NONCE}">document.addEventListener('DOMContentLoaded',()=>{window.__crBefore=document.body?document.body.outerHTML:'';});</script>`;

/** The page's bytes with the keeping script first in its head (or first of all). */
function withKeeper(html: Buffer): Buffer {
  const text = html.toString('latin1');
  const head = /<head\b[^>]*>/i.exec(text);
  const at = head ? head.index + head[0].length : 0;
  return Buffer.concat([html.subarray(0, at), Buffer.from(KEEP_BEFORE, 'latin1'), html.subarray(at)]);
}

export interface RealPageServer {
  origin: string;
  /** The path serving a manifest page. */
  path(page: ManifestPage): string;
  close(): Promise<void>;
}

export async function serveRealPages(pages: readonly ManifestPage[]): Promise<RealPageServer> {
  const server = createServer((request, response) => {
    const index = Number((request.url ?? '').split('/')[2]);
    const page = pages[index];
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'text/html',
      'content-security-policy': `script-src 'nonce-${NONCE}'`,
      'cache-control': 'no-store',
    });
    response.end(withKeeper(gunzipSync(readFileSync(join(REAL_CORPUS, page.file)))));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    path: (page) => `/real/${pages.indexOf(page)}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
