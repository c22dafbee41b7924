// Section 7's copies on screen in Firefox: the same probe and fixtures as bench/chromium-flash.ts, through the
// e2e driver (test/e2e/support/firefox.ts). Firefox reports no layout-shift entries, so no CLS here.
import type { ExtensionDriver } from '../test/e2e/support/driver';
import { writeSettings } from '../test/e2e/support/ext-pages';
import { launchFirefox } from '../test/e2e/support/firefox';
import { type Flash, flashOf, PROBE_MS, probeScript, readProbe } from '../test/e2e/support/flash-probe';
import { onBuiltInHost } from '../test/e2e/support/served-hosts';
import { startServer } from '../test/e2e/support/server';
import { aggregatorPages } from './pages';
import { median } from './stats';

export interface FirefoxFlashRow {
  name: string;
  /** Median ms with a copy on screen: on a built-in host, a host the reader added, an unknown host. */
  builtInMs: number;
  knownMs: number;
  ms: number;
}

const LOADS = 2;

async function probeLoad(driver: ExtensionDriver, url: string): Promise<Flash> {
  const tab = await driver.openTab(url, probeScript());
  try {
    await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
    return flashOf(await tab.evaluate(readProbe, null));
  } finally {
    await tab.close();
  }
}

export async function runFirefoxFlash(): Promise<FirefoxFlashRow[]> {
  const server = await startServer();
  const driver = await launchFirefox();
  const rows: FirefoxFlashRow[] = [];
  try {
    for (const { name } of aggregatorPages()) {
      const url = `${server.origin}/fixtures/aggregator/${name}/`;
      const builtIn: Flash[] = [];
      const known: Flash[] = [];
      const unknown: Flash[] = [];
      for (let i = 0; i < LOADS; i++) {
        await writeSettings(driver, { extraHosts: [] });
        builtIn.push(await probeLoad(driver, onBuiltInHost(url)));
        unknown.push(await probeLoad(driver, url));
        await writeSettings(driver, { extraHosts: ['127.0.0.1'] });
        known.push(await probeLoad(driver, url));
      }
      const ms = (loads: Flash[]) => median(loads.map((f) => f.ms));
      rows.push({ name, builtInMs: ms(builtIn), knownMs: ms(known), ms: ms(unknown) });
    }
  } finally {
    await driver.close();
    await server.close();
  }
  return rows;
}
