// The side panel in a real browser: declared with its shortcut, opened from the popup by a click, and showing the
// clean article of whichever tab is active, following the reader from tab to tab. Written once and run for each
// browser by test/e2e/panel-<browser>.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, requireBrowser } from './browsers';
import { DIST } from './build';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { openExtensionPage, textOf } from './ext-pages';
import { extensionSuite } from './extension-suite';
import { aggregatorCase } from './fixtures';
import { ROOT } from './server';

const seed = aggregatorCase('seed-daily8');
const other = aggregatorCase('msn-guardian');
const PANEL = 'src/extension/panel/index.html';

/** Makes a tab the active one of its window, as a reader clicking it does. */
function activate(driver: ExtensionDriver, tabId: number): Promise<void> {
  return driver.inExtension(async (id) => {
    type Tabs = { tabs: { update(id: number, change: { active: boolean }): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    await (scope.browser ?? scope.chrome).tabs.update(id, { active: true });
  }, tabId);
}

export function panelScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`side panel in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);

    test('the manifest declares the panel, its page and its shortcut', () => {
      const dir = name === 'chromium' ? DIST.chrome : DIST.firefox;
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const shortcut = { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPanel__' };
      if (name === 'chromium') {
        expect(manifest.side_panel).toEqual({ default_path: PANEL });
        expect(manifest.permissions).toContain('sidePanel');
        expect(manifest.commands['open-side-panel']).toEqual(shortcut);
      } else {
        expect(manifest.sidebar_action).toMatchObject({ default_panel: PANEL, open_at_install: false });
        expect(manifest.commands._execute_sidebar_action).toEqual(shortcut);
      }
      expect(readFileSync(join(dir, PANEL), 'utf8')).toContain('<script type="module"');
    });

    test("shows the active tab's clean article and follows the reader from tab to tab", async () => {
      const first = await suite.openPage(seed.path);
      const second = await suite.openPage(other.path);
      const panel: TabHandle = suite.track(await openExtensionPage(suite.driver, 'popup', first.tabId));
      const origin = await panel.evaluate(() => location.origin, null);
      await panel.evaluate((url) => location.replace(url), `${origin}/${PANEL}`).catch(() => undefined);
      await waitFor(
        async () =>
          (await panel.evaluate(() => location.search, null).catch(() => '')) === '?panel' ? true : undefined,
        'the panel page',
      );
      // Started: its script builds the read-aloud bar in the same task as it starts following tabs.
      await waitFor(
        async () =>
          (await panel.evaluate(() => document.getElementById('read-aloud')?.childElementCount ?? 0, null)) >
            0 || undefined,
        'the panel started',
      );
      const shows = (title: string) =>
        waitFor(
          async () => ((await textOf(panel, '#title')) === title ? true : undefined),
          `the panel on "${title}"`,
        );
      await activate(suite.driver, first.tabId);
      await shows(seed.expected.title);
      await activate(suite.driver, second.tabId);
      await shows(other.expected.title);
      // Its links follow too: the reader tab it opens is the active tab's.
      const reader = await panel.evaluate(
        () => (document.getElementById('open-reader') as HTMLAnchorElement).href,
        null,
      );
      expect(reader.endsWith(`?tab=${second.tabId}`)).toBe(true);
      await activate(suite.driver, first.tabId);
      await shows(seed.expected.title);
      // The toolbar popup's fixed width is not the panel's.
      expect(await panel.evaluate(() => document.documentElement.classList.contains('in-popup'), null)).toBe(
        false,
      );
      // docs/panel-<browser>.png, last: taking it may make the panel's own tab the active one.
      await activate(suite.driver, second.tabId);
      await shows(other.expected.title);
      await panel.resize({ width: 420, height: 800 });
      await panel.screenshot(join(ROOT, 'docs', `panel-${name}.png`), { width: 420, height: 800 });
    });

    test('the popup opens the panel with one click', async () => {
      const page = await suite.openPage(seed.path);
      const popup = suite.track(await openExtensionPage(suite.driver, 'popup', page.tabId));
      await waitFor(
        async () =>
          (await popup.evaluate(() => document.getElementById('open-panel')?.hidden, null)) === false
            ? true
            : undefined,
        'the button shown',
      );
      const panelOpen = () =>
        suite.driver.inExtension(async () => {
          const scope = globalThis as unknown as {
            browser?: { sidebarAction?: { isOpen(details: object): Promise<boolean> } };
            chrome: { runtime: { getContexts?(filter: object): Promise<{ documentUrl?: string }[]> } };
          };
          const sidebar = scope.browser?.sidebarAction;
          if (sidebar) return sidebar.isOpen({});
          const contexts = (await scope.chrome.runtime.getContexts?.({ contextTypes: ['SIDE_PANEL'] })) ?? [];
          return contexts.length > 0;
        }, null);
      expect(await panelOpen()).toBe(false);
      await popup.click('#open-panel');
      const open = await waitFor(async () => (await panelOpen()) || undefined, 'the side panel open');
      expect(open).toBe(true);
    });
  });
}
