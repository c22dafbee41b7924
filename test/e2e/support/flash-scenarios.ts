// What the reader sees while an aggregator page loads with the extension: a probe injected before the page's
// markup reads the rendered text in every frame (see flash-probe.ts). Copies may be held out of sight before
// the clean (held-copies.ts) and removed by it, but no frame, once the markup is parsed, may leave out a
// paragraph of the story: a hold hides only a second copy of text the reader can see. How long copies stay on
// screen, and the layout shift, are measured by `node bench/run.mjs flash` (docs/benchmarks.md).
import { describe, expect, test } from 'vitest';
import { listFixtures } from '../../fixtures/load';
import { type BrowserName, requireBrowser } from './browsers';
import type { ExtensionDriver } from './driver';
import { writeSettings } from './ext-pages';
import { extensionSuite } from './extension-suite';
import { mostMissing, PROBE_MS, type ProbeRecord, probeScript } from './flash-probe';
import { settledStatus } from './work-status';

export function flashScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`every paragraph on screen in every frame while a page is cleaned, in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);

    // On a host the extension knows, copies are held from the first task after the markup is parsed, before
    // anything is detected; elsewhere once the page is found to be an aggregator page.
    const cases = listFixtures('aggregator').flatMap(({ name: page, expected }) =>
      [false, true].map(
        (known) => [page, known ? 'a known host' : 'an unknown host', expected.paragraphs] as const,
      ),
    );
    test.each(cases)('%s on %s', async (page, host, paragraphs) => {
      if (host === 'a known host') await writeSettings(suite.driver, { extraHosts: ['127.0.0.1'] });
      const tab = suite.track(
        await suite.driver.openTab(
          `${suite.server.origin}/fixtures/aggregator/${page}/`,
          probeScript(paragraphs),
        ),
      );
      await settledStatus(suite.driver.inExtension, tab.tabId, true);
      // The probe reads frames for PROBE_MS from the page's start: by then the page has settled.
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
      const record = await tab.evaluate(
        () => (window as unknown as { __cleanReaderProbe: () => ProbeRecord }).__cleanReaderProbe(),
        null,
      );
      expect(record.frames.filter((frame) => frame.parsed).length, 'frames read').toBeGreaterThan(10);
      expect(mostMissing(record), `${page}: paragraphs a frame left out`).toBe(0);
    });
  });
}
