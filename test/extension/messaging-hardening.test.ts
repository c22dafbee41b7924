// Web pages and other extensions must not drive the extension: the content script's real handlers, behind the
// real listener, on a cleaned page, get messages of every known type from every kind of forged sender.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { quickScan, scanText } from '../../src/engine/detection/signals/quick-scan';
import { backgroundHandlers } from '../../src/extension/background/handlers';
import { contentHandlers } from '../../src/extension/content/page/handlers';
import { Page } from '../../src/extension/content/page/page';
import { isBackgroundMessage, isContentMessage } from '../../src/extension/shared/message-guards';
import { CONTENT_MESSAGE_TYPES } from '../../src/extension/shared/messages';
import { createListener } from '../../src/extension/shared/router';
import { defaults } from '../../src/extension/shared/settings';

// The background's badge calls go through the polyfill, which throws when loaded outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const OWN_ID = 'clean-reader-id';
const html = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'aggregator', 'seed-daily8', 'source.html'),
  'utf8',
);

const forged: [string, Runtime.MessageSender][] = [
  ['another extension', { id: 'evil-extension-id' }],
  ['another extension that names a tab', { id: 'evil-extension-id', tab: { id: 1 } as never, frameId: 0 }],
  ['a web page (no extension id)', { url: 'https://evil.example/' }],
  ['an empty sender', {}],
  ['an id that only differs in case', { id: OWN_ID.toUpperCase() }],
];

async function cleanedPage() {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const page = new Page(doc, { ...defaults, sites: {} }, () => undefined);
  await page.start();
  return { doc, page, listener: createListener(contentHandlers(page), isContentMessage, OWN_ID) };
}

describe('content script messaging', () => {
  test.each(forged)('ignores every message type from %s', async (_, sender) => {
    const { doc, page, listener } = await cleanedPage();
    const before = doc.body.innerHTML;
    for (const type of CONTENT_MESSAGE_TYPES) expect(listener({ type }, sender)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.status().cleaned).toBe(true);
    expect(doc.body.innerHTML).toBe(before);
  });

  test('the same messages from the extension itself do act (the test above can fail)', async () => {
    const { doc, listener } = await cleanedPage();
    const before = doc.body.innerHTML;
    const reply = await listener({ type: 'show-original' }, { id: OWN_ID });
    expect(reply).toMatchObject({ ok: true, value: { cleaned: false } });
    expect(doc.body.innerHTML).not.toBe(before);
  });

  test.each([
    ['an array', ['get-status']],
    ['a very long unknown type', { type: 'x'.repeat(1_000_000) }],
    ['a type that is not a string', { type: { toString: (): string => 'get-status' } }],
  ])('rejects %s even from the extension itself', async (_, message) => {
    const { listener } = await cleanedPage();
    expect(listener(message, { id: OWN_ID })).toBeUndefined();
  });

  test('a message carrying __proto__ pollutes nothing', async () => {
    const { listener } = await cleanedPage();
    await listener(JSON.parse('{"type":"get-status","__proto__":{"polluted":true}}'), { id: OWN_ID });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('background messaging', () => {
  test.each(forged)('a removed-count from %s reaches no handler', (_, sender) => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const scan = vi.fn(async () => scanText(''));
    const listener = createListener(
      { 'removed-count': handler, 'scan-text': scan },
      isBackgroundMessage,
      OWN_ID,
    );
    expect(listener({ type: 'removed-count', count: 999 }, sender)).toBeUndefined();
    expect(listener({ type: 'scan-text', text: 'x' }, sender)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(scan).not.toHaveBeenCalled();
  });

  test.each([undefined, 5, ['text'], null])('rejects a scan-text of %s', (text) => {
    expect(isBackgroundMessage({ type: 'scan-text', text })).toBe(false);
  });

  test("the background scans a page's text as the page's own gate would", async () => {
    const html = `<p>${'A sentence long enough to be counted by the scan of the text, once. '.repeat(3)}</p>`;
    const doc = new DOMParser().parseFromString(`<body>${html}${html}</body>`, 'text/html');
    const listener = createListener(backgroundHandlers, isBackgroundMessage, OWN_ID);
    const reply = await listener({ type: 'scan-text', text: doc.body.textContent }, { id: OWN_ID });
    expect(reply).toEqual({ ok: true, value: quickScan(doc.body) });
    expect(quickScan(doc.body).repeatedSentences).toBeGreaterThan(0);
  });

  test.each([-1, 1.5, Number.NaN, '3', null])('rejects a removed-count of %s', (count) => {
    expect(isBackgroundMessage({ type: 'removed-count', count })).toBe(false);
  });
});
