// Export in a real browser: the reader tab's buttons are clicked through the browser's input, the clipboard is
// read back with a real paste and the .md file from the browser's own download. Written once and run for each
// browser by test/e2e/export-<browser>.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleView } from '../../../src/extension/shared/messages';
import { toMarkdown, toPlainText } from '../../../src/formats/article-format';
import { escapeMarkdown } from '../../../src/formats/markdown-escape';
import { type BrowserName, requireBrowser } from './browsers';
import { ensureBuilt } from './build';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { openExtensionPage, textOf, writeSettings } from './ext-pages';
import { aggregatorCase } from './fixtures';
import { type FixtureServer, startServer } from './server';
import { visibleCounts } from './visible-text';

export interface ExportScenarioOptions {
  name: BrowserName;
  launch: () => Promise<ExtensionDriver>;
}

const seed = aggregatorCase('seed-daily8');

/** The article as the content script hands it to the extension pages. */
function articleOf(driver: ExtensionDriver, tabId: number): Promise<ArticleView> {
  return driver.inExtension(async (id) => {
    type Api = { tabs: { sendMessage(tabId: number, message: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const reply = (await (scope.browser ?? scope.chrome)?.tabs.sendMessage(id, { type: 'get-article' })) as {
      ok: boolean;
      value?: { article: ArticleView | null };
      error?: string;
    };
    if (!reply.ok || !reply.value?.article) throw new Error(`no article: ${reply.error ?? 'none found'}`);
    return reply.value.article;
  }, tabId);
}

/** Clicks an action button and waits for its status line, cleared first so a stale one cannot pass. */
async function runAction(reader: TabHandle, button: string, done: string): Promise<void> {
  await reader.evaluate(() => {
    (document.getElementById('action-status') as HTMLElement).textContent = '';
  }, null);
  await reader.click(button);
  await waitFor(
    async () => ((await textOf(reader, '#action-status')).includes(done) ? true : undefined),
    `the status after ${button}`,
  );
}

export function exportScenarios({ name, launch }: ExportScenarioOptions): void {
  describe(`export in ${name}`, () => {
    requireBrowser(name);
    let server: FixtureServer;
    let driver: ExtensionDriver;
    const opened: TabHandle[] = [];

    beforeAll(async () => {
      ensureBuilt();
      server = await startServer();
      driver = await launch();
      await writeSettings(driver, {});
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    afterEach(async () => {
      for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
    });

    test('the reader tab copies Markdown and text to the clipboard and saves the .md file', async () => {
      const page = await driver.openTab(server.origin + seed.path);
      opened.push(page);
      await waitFor(async () => {
        const counts = await page.evaluate(visibleCounts, seed.expected.paragraphs);
        return counts.every((n) => n === 1) ? true : undefined;
      }, 'the cleaned page');
      const reader = await openExtensionPage(driver, 'reader', page.tabId);
      opened.push(reader);
      await waitFor(async () => ((await textOf(reader, '#title')) !== '' ? true : undefined), 'the article');

      // What the export should hold, by the extension's own formatter and, independently, by the fixture.
      const article = await articleOf(driver, page.tabId);
      const markdown = toMarkdown(article);
      const blocks = markdown.trimEnd().split('\n\n');
      expect(blocks[0]).toBe(`# ${escapeMarkdown(seed.expected.title)}`);
      expect(blocks[1]).toMatch(new RegExp(`^\\*${seed.expected.source} · `));
      expect(blocks[2]).toMatch(/^<https:\/\/.+>$/);
      const paragraphs = seed.expected.paragraphs.length;
      expect(blocks.slice(3, 3 + paragraphs)).toEqual(seed.expected.paragraphs.map(escapeMarkdown));
      // The page's related stories follow, as links (the format the CLI writes too).
      expect(article.related.length).toBeGreaterThan(0);
      expect(blocks.slice(3 + paragraphs)).toEqual([
        '## Related stories',
        expect.stringMatching(
          new RegExp(`^(?:- \\[.+\\]\\(https?://.+\\).*\\n?){${article.related.length}}$`),
        ),
      ]);

      await runAction(reader, '#copy-markdown', 'Copied');
      expect(await reader.paste()).toBe(markdown);

      await runAction(reader, '#copy-text', 'Copied');
      const text = await reader.paste();
      expect(text).toBe(toPlainText(article));
      const [head, body, related] = text.trimEnd().split('\n\n');
      const [title, source, link] = head?.split('\n') ?? [];
      expect(title).toBe(seed.expected.title);
      expect(source).toMatch(new RegExp(`^${seed.expected.source} · `));
      expect(link).toBe(blocks[2]?.slice(1, -1));
      expect(body?.split('\n')).toEqual(seed.expected.paragraphs);
      expect(related?.split('\n')).toHaveLength(article.related.length + 1);
      expect(related).toMatch(/^Related stories:\n- /);

      await reader.evaluate(() => {
        (document.getElementById('action-status') as HTMLElement).textContent = '';
      }, null);
      const file = await reader.download('#save-markdown');
      expect(file.name).toMatch(/^north-korea-reaffirms-support-for-russia[\w-]*\.md$/);
      expect(file.text).toBe(markdown);
      expect(await textOf(reader, '#action-status')).toContain(file.name);
    });
  });
}
