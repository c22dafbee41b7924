// What a reader sees of the cleaning while an aggregator page loads in Chromium: frames that still show a
// copy after the article's text first appears, and the layout shift the extension adds (CLS with the extension
// minus CLS of the same page without it). See test/e2e/support/flash-probe.ts.
import type { BrowserContext, Page } from 'playwright-core';
import { launchExtensionContext } from '../test/e2e/support/chromium-context';
import { type Flash, flashOf, PROBE_MS, probeScript, readProbe } from '../test/e2e/support/flash-probe';
import { launchPlainChromium } from '../test/e2e/support/plain-chromium';
import { onBuiltInHost } from '../test/e2e/support/served-hosts';
import { startServer } from '../test/e2e/support/server';
import { aggregatorPages } from './pages';
import { median } from './stats';

export interface FlashRow {
  name: string;
  /** Median frames showing a copy when the page's host is in the extension's built-in list. */
  builtInFrames: number;
  builtInMs: number;
  /** Median CLS with the extension on a host of its built-in list, where copies are held from the first bytes. */
  builtInCls: number;
  /** The same when the host is one the reader added (the settings' extra hosts): known once settings are read. */
  knownFrames: number;
  knownMs: number;
  /** Median over loads. */
  frames: number;
  ms: number;
  worstMs: number;
  cls: number;
  plainCls: number;
}

const LOADS = 2;

async function probeLoad(context: BrowserContext, url: string): Promise<Flash> {
  const page = await context.newPage();
  try {
    await page.addInitScript(probeScript());
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(PROBE_MS);
    return flashOf(await page.evaluate(readProbe));
  } finally {
    await page.close();
  }
}

/** Sets the user's extra aggregator hosts, the rest of the settings at their defaults. */
async function hosts(control: Page, extraHosts: string[]): Promise<void> {
  await control.evaluate(async (value) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
    ).chrome;
    await api.storage.local.set({ settings: { extraHosts: value } });
  }, extraHosts);
}

export async function runFlash(): Promise<FlashRow[]> {
  const server = await startServer();
  const extension = await launchExtensionContext();
  const plain = await launchPlainChromium();
  const plainContext = await plain.newContext();
  const rows: FlashRow[] = [];
  try {
    for (const { name } of aggregatorPages()) {
      const url = `${server.origin}/fixtures/aggregator/${name}/`;
      const withExtension: Flash[] = [];
      const builtIn: Flash[] = [];
      const known: Flash[] = [];
      const without: Flash[] = [];
      for (let i = 0; i < LOADS; i++) {
        await hosts(extension.control, []);
        withExtension.push(await probeLoad(extension.context, url));
        builtIn.push(await probeLoad(extension.context, onBuiltInHost(url)));
        await hosts(extension.control, ['127.0.0.1']);
        known.push(await probeLoad(extension.context, url));
        without.push(await probeLoad(plainContext, url));
      }
      rows.push({
        name,
        builtInFrames: median(builtIn.map((f) => f.frames)),
        builtInMs: median(builtIn.map((f) => f.ms)),
        builtInCls: median(builtIn.map((f) => f.cls ?? 0)),
        knownFrames: median(known.map((f) => f.frames)),
        knownMs: median(known.map((f) => f.ms)),
        frames: median(withExtension.map((f) => f.frames)),
        ms: median(withExtension.map((f) => f.ms)),
        worstMs: Math.max(...withExtension.map((f) => f.ms)),
        cls: median(withExtension.map((f) => f.cls ?? 0)),
        plainCls: median(without.map((f) => f.cls ?? 0)),
      });
    }
  } finally {
    await plain.close();
    await extension.close();
    await server.close();
  }
  return rows;
}
