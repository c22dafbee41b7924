// The options page in a real browser: custom rules, per-site choices, reading comfort, the German UI.
// Written once and run for each browser by test/e2e/options-<browser>.test.ts.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, waitFor } from './driver';
import { openExtensionPage, readSettings, textOf, typeInto } from './ext-pages';
import { extensionSuite } from './extension-suite';
import { aggregatorCase } from './fixtures';
import { countInBody, matchesSource, readPopup } from './probes';
import { ROOT } from './server';

export interface OptionsScenarioOptions {
  name: BrowserName;
  launch: (locale?: string) => Promise<ExtensionDriver>;
}

const guardian = aggregatorCase('msn-guardian');
const seed = aggregatorCase('seed-daily8');
/** A copyright line the engine keeps on its own: the reader's phrase rule is what removes it. */
const COPYRIGHT = '© The Guardian';

export function optionsScenarios({ name, launch }: OptionsScenarioOptions): void {
  describe(`options page in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);
    const { track, openPage } = suite;
    /** The options page as the popup's Settings link opens it: for the tab the popup reported on. */
    const openOptions = async (tabId = 0) => track(await openExtensionPage(suite.driver, 'options', tabId));

    test('a custom phrase typed in the options removes its block; a bad selector gets an inline error', async () => {
      const before = await openPage(guardian.path);
      await waitFor(
        async () => ((await before.evaluate(countInBody, [COPYRIGHT]))[0]! > 0 ? true : undefined),
        'the copyright line before the rule',
      );
      const options = await openOptions(before.tabId);
      await typeInto(options, 'selectors', '.promo\ndiv[[');
      await waitFor(
        async () => ((await textOf(options, '#selectors-error')).includes('div[[') ? true : undefined),
        'the selector error',
      );
      expect(
        await options.evaluate(
          () => document.getElementById('selectors')?.getAttribute('aria-invalid'),
          null,
        ),
      ).toBe('true');
      await typeInto(options, 'phrases', COPYRIGHT);
      // The live count: the rule as typed matches the one copyright block on the open page.
      await waitFor(
        async () =>
          (await textOf(options, '#phrases-count')) === 'Matches on the page: 1' ? true : undefined,
        'the match count',
      );
      await waitFor(async () => {
        const custom = (await readSettings(suite.driver)).custom as { phrases?: string[] } | undefined;
        return custom?.phrases?.includes(COPYRIGHT) ? true : undefined;
      }, 'the phrase saved');
      // The invalid selector list was never saved.
      expect(((await readSettings(suite.driver)).custom as { selectors: string[] }).selectors).toEqual([]);
      // The open page follows the new rule at once, and a fresh page is cleaned with it.
      await waitFor(
        async () => ((await before.evaluate(countInBody, [COPYRIGHT]))[0] === 0 ? true : undefined),
        'the copyright line gone from the open page',
      );
      const after = await openPage(guardian.path);
      await waitFor(
        async () => ((await after.evaluate(countInBody, [COPYRIGHT]))[0] === 0 ? true : undefined),
        'the copyright line gone from a fresh page',
      );
      await options.screenshot(join(ROOT, 'docs', `options-${name}.png`), { width: 900, height: 1100 });
    });

    test('a site set to "never" in the options is left alone', async () => {
      const options = await openOptions();
      await typeInto(options, 'new-host', '127.0.0.1');
      await typeInto(options, 'new-mode', 'never');
      await options.evaluate(
        () => (document.getElementById('add-site') as HTMLFormElement).requestSubmit(),
        null,
      );
      await waitFor(
        async () =>
          ((await readSettings(suite.driver)).sites as Record<string, string>)?.['127.0.0.1'] === 'never' ||
          undefined,
        'the site saved',
      );
      expect(await textOf(options, '#site-list')).toContain('127.0.0.1');
      const page = await openPage(seed.path);
      const popup = track(await openExtensionPage(suite.driver, 'popup', page.tabId));
      const view = await waitFor(async () => {
        const state = await popup.evaluate(readPopup, null);
        return state.toggleLabel !== '' ? state : undefined;
      }, 'the popup');
      expect(view.autoClean).toBe(false);
      expect(await page.evaluate(matchesSource, null)).toBe(true);
    });

    test('theme and text size persist and reach the popup', async () => {
      const options = await openOptions();
      await typeInto(options, 'theme', 'sepia');
      await typeInto(options, 'font-size', '21');
      await waitFor(async () => {
        const comfort = (await readSettings(suite.driver)).comfort as
          | { theme?: string; fontSize?: number }
          | undefined;
        return comfort?.theme === 'sepia' && comfort.fontSize === 21 ? true : undefined;
      }, 'the comfort settings saved');
      // A fresh page rather than a reload: Firefox never reports an extension page's reload as finished.
      await options.close();
      const reopened = await openOptions();
      const shown = await waitFor(async () => {
        const state = await reopened.evaluate(
          () => ({
            theme: (document.getElementById('theme') as HTMLSelectElement).value,
            size: (document.getElementById('font-size') as HTMLInputElement).value,
            applied: document.documentElement.dataset.theme ?? '',
          }),
          null,
        );
        // The fields are filled from storage once it answers: an empty size means not yet.
        return state.applied === 'sepia' && state.size !== '' ? state : undefined;
      }, 'the options page after a reload');
      expect(shown).toEqual({ theme: 'sepia', size: '21', applied: 'sepia' });
      const page = await openPage(seed.path);
      const popup = track(await openExtensionPage(suite.driver, 'popup', page.tabId));
      const style = await waitFor(async () => {
        const state = await popup.evaluate(
          () => ({
            theme: document.documentElement.dataset.theme ?? '',
            size: getComputedStyle(document.getElementById('body') as HTMLElement).fontSize,
            background: getComputedStyle(document.body).backgroundColor,
          }),
          null,
        );
        return state.theme === 'sepia' ? state : undefined;
      }, 'the popup in sepia');
      expect(style.size).toBe('21px');
      expect(style.background).toBe('rgb(246, 238, 219)');
    });
  });
}

interface I18nApi {
  i18n: { getUILanguage(): string };
}

/** The German UI: the browser's language decides which _locales file the extension uses. */
export function germanScenario({ name, launch }: OptionsScenarioOptions): void {
  describe(`German UI in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(() => launch('de'));

    test('the options page and the popup speak German', async () => {
      const options = await openExtensionPage(suite.driver, 'options', 0);
      // The language the extension's i18n negotiated, not just the page's strings.
      const ui = await options.evaluate(() => {
        const scope = globalThis as unknown as { browser?: I18nApi; chrome?: I18nApi };
        return (scope.browser ?? scope.chrome)?.i18n.getUILanguage() ?? '';
      }, null);
      expect(ui).toMatch(/^de/);
      expect(await textOf(options, 'h1')).toBe('Clean-Reader-Einstellungen');
      expect(await options.evaluate(() => document.documentElement.lang, null)).toMatch(/^de/);
      const page = await suite.driver.openTab(suite.server.origin + seed.path);
      const popup = await openExtensionPage(suite.driver, 'popup', page.tabId);
      const view = await waitFor(async () => {
        const state = await popup.evaluate(readPopup, null);
        return state.toggleLabel !== '' ? state : undefined;
      }, 'the popup');
      expect(view.toggleLabel).toBe('Original zeigen');
      expect(await textOf(popup, '#open-reader')).toBe('Im Lesetab öffnen');
    });
  });
}
