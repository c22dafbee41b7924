// No harm, in a real browser: the 130 ordinary publisher pages of the corpus, with the extension loaded, are
// never detected and their DOM never changes. One tab is reused; page scripts are blocked by a CSP header so
// the page cannot change its own DOM either; the body is serialised at DOMContentLoaded (the content script
// reads an ordinary page then, and changes nothing) and again once the content script has answered the
// extension's own get-status message, which it only does after its detection ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Envelope, PageStatus } from '../../src/extension/shared/messages';
import { requireBrowser } from './support/browsers';
import { ensureBuilt } from './support/build';
import { type ExtensionContext, launchExtensionContext, webTabId } from './support/chromium-context';
import { waitFor } from './support/driver';
import { ROOT } from './support/server';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'readability', 'test-pages');
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
      .sort()
  : [];

describe('no harm on the ordinary-page corpus in chromium', () => {
  requireBrowser('chromium');
  let browser: ExtensionContext;
  let origin: string;
  let close: () => void;

  beforeAll(async () => {
    ensureBuilt();
    const server = createServer((request, response) => {
      const name = decodeURIComponent((request.url ?? '').split('/')[2] ?? '');
      if (!pages.includes(name)) return void response.writeHead(404).end();
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "script-src 'none'",
      });
      response.end(readFileSync(join(CORPUS, name, 'source.html')));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
    browser = await launchExtensionContext();
  });

  afterAll(async () => {
    await browser?.close();
    close?.();
  });

  test('the corpus is present (CI lays ../shared beside the clone)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(130);
  });

  test('no page is detected and no page is changed', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (globalThis as { __crBefore?: string }).__crBefore = document.body?.outerHTML ?? '';
      });
    });
    await page.goto('about:blank');
    const tabId = await webTabId(browser.control);
    const failures: string[] = [];
    for (const name of pages) {
      await page.goto(`${origin}/corpus/${encodeURIComponent(name)}/`, { waitUntil: 'domcontentloaded' });
      const status = await waitFor(async () => {
        const reply = (await browser.control.evaluate(
          (id) =>
            (
              globalThis as unknown as {
                chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
              }
            ).chrome.tabs.sendMessage(id, { type: 'get-status' }),
          tabId,
        )) as Envelope<PageStatus>;
        return reply.ok && reply.value.detection ? reply.value : undefined;
      }, `the content script on ${name}`);
      const [before, after] = await page.evaluate(() => [
        (globalThis as { __crBefore?: string }).__crBefore,
        document.body?.outerHTML ?? '',
      ]);
      if (status.detection?.isAggregator || status.cleaned || status.removedCount > 0)
        failures.push(`${name}: detected (${status.detection?.score})`);
      if (before !== after) failures.push(`${name}: DOM changed`);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
