// Reading comfort in a real browser: the text spacing WCAG 1.4.12 asks for and past it, the bundled
// dyslexia-friendly font, images on and off, never-justified text, the default line length, and 200 % zoom.
// Written once and run for each browser by test/e2e/comfort-<browser>.test.ts.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  FONT_SIZE,
  LETTER_SPACING,
  LINE_HEIGHT,
  LINE_WIDTH,
  PARAGRAPH_SPACING,
  WORD_SPACING,
} from '../../../src/extension/shared/comfort';
import { seriousViolations } from './axe';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import {
  type ExtensionPage,
  openExtensionPage,
  readSettings,
  textOf,
  typeInto,
  writeSettings,
} from './ext-pages';
import { extensionSuite } from './extension-suite';
import { aggregatorCase } from './fixtures';
import { ROOT } from './server';

const seed = aggregatorCase('seed-daily8');

/** WCAG 1.4.12's values, and the most the fields allow, at the largest font, in the widest font. */
const SPACINGS = {
  wcag: { lineHeight: 1.5, paragraphSpacing: 2, letterSpacing: 0.12, wordSpacing: 0.16 },
  'wcag, dyslexia font': {
    lineHeight: 1.5,
    paragraphSpacing: 2,
    letterSpacing: 0.12,
    wordSpacing: 0.16,
    font: 'dyslexic',
  },
  most: {
    lineHeight: LINE_HEIGHT.max,
    paragraphSpacing: PARAGRAPH_SPACING.max,
    letterSpacing: LETTER_SPACING.max,
    wordSpacing: WORD_SPACING.max,
    fontSize: 26,
    font: 'dyslexic',
  },
} as const;

/** 200 % zoom of a 640-pixel window, and WCAG 1.4.10's reflow width: 320 CSS pixels. */
const ZOOMED = { width: 320, height: 640 };
const WIDE = { width: 1280, height: 800 };

/**
 * What is wrong with the layout of the article's text: a page that scrolls sideways, a block whose text is cut
 * off, a line drawn over the one before it, a block drawn over the one before it. Run in the page.
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  const blocks = [...document.querySelectorAll<HTMLElement>('#article :is(h1, p, li, blockquote)')].filter(
    (block) => block.getClientRects().length > 0 && (block.textContent ?? '').trim() !== '',
  );
  let above: { bottom: number; name: string } | null = null;
  for (const block of blocks) {
    const name = `${block.localName} "${(block.textContent ?? '').trim().slice(0, 30)}"`;
    const box = block.getBoundingClientRect();
    if (block.scrollWidth > block.clientWidth + 1) problems.push(`${name} is cut off at the side`);
    if (above && box.top < above.bottom - 1) problems.push(`${name} overlaps ${above.name}`);
    above = { bottom: box.bottom, name };
    // The line boxes: text fragments grouped by line, each line below the last.
    const range = document.createRange();
    range.selectNodeContents(block);
    const lines: { top: number; bottom: number }[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
      if (line) line.bottom = Math.max(line.bottom, rect.bottom);
      else lines.push({ top: rect.top, bottom: rect.bottom });
    }
    lines.sort((a, b) => a.top - b.top);
    for (let i = 1; i < lines.length; i++)
      if (lines[i]!.top < lines[i - 1]!.bottom - 1)
        problems.push(`${name}: line ${i + 1} overlaps line ${i}`);
    if (box.bottom < (lines.at(-1)?.bottom ?? 0) - 1) problems.push(`${name} is cut off at the bottom`);
  }
  return problems;
}

/** The most characters, spaces between words included, any line of the article's paragraphs holds. Run in the page. */
function longestLine(): number {
  let longest = 0;
  const range = document.createRange();
  for (const paragraph of document.querySelectorAll('#body p')) {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        // A space the line breaks at is collapsed: drawn on no line.
        if (rect.width === 0 && rect.height === 0) continue;
        const top = Math.round(rect.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    longest = Math.max(longest, ...lines.values());
  }
  return longest;
}

export function comfortScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`reading comfort in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);
    const open = async (view: ExtensionPage, tabId: number) => {
      const tab = suite.track(await openExtensionPage(suite.driver, view, tabId));
      await waitFor(
        async () => ((await textOf(tab, '#title')) !== '' ? true : undefined),
        `${view}'s article`,
      );
      return tab;
    };
    /** Waits until the page shows these comfort settings (they follow storage). */
    const showing = (tab: TabHandle, lineHeight: number) =>
      waitFor(
        async () =>
          (await tab.evaluate(
            () => document.documentElement.style.getPropertyValue('--line-height'),
            null,
          )) === String(lineHeight)
            ? true
            : undefined,
        'the comfort settings applied',
      );

    test.each(Object.entries(SPACINGS))(
      'at %s spacing no line or block overlaps another, nothing is cut off, nothing scrolls sideways, wide or at 200 %% zoom',
      async (_, spacing) => {
        await writeSettings(suite.driver, { comfort: spacing });
        const page = await suite.openPage(seed.path);
        const problems: string[] = [];
        for (const view of ['popup', 'reader'] as const) {
          const tab = await open(view, page.tabId);
          await showing(tab, spacing.lineHeight);
          await tab.evaluate(() => document.fonts.ready.then(() => undefined), null);
          for (const size of [WIDE, ZOOMED]) {
            await tab.resize(size);
            for (const problem of await tab.evaluate(layoutProblems, null))
              problems.push(`${view} at ${size.width}: ${problem}`);
          }
          // The spacing is the one set: a test of a layout the settings never reached would prove nothing.
          const used = await tab.evaluate(() => {
            const paragraph = document.querySelector('#body p') as HTMLElement;
            const style = getComputedStyle(paragraph);
            return {
              line: Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize),
              after: Number.parseFloat(style.marginBottom) / Number.parseFloat(style.fontSize),
              letters: Number.parseFloat(style.letterSpacing) / Number.parseFloat(style.fontSize),
              words: Number.parseFloat(style.wordSpacing) / Number.parseFloat(style.fontSize),
            };
          }, null);
          expect(used.line).toBeCloseTo(spacing.lineHeight, 2);
          expect(used.after).toBeCloseTo(spacing.paragraphSpacing, 2);
          expect(used.letters).toBeCloseTo(spacing.letterSpacing, 2);
          expect(used.words).toBeCloseTo(spacing.wordSpacing, 2);
        }
        expect(problems).toEqual([]);
      },
    );

    test('the options page fits 320 pixels at the widest settings', async () => {
      await writeSettings(suite.driver, { comfort: SPACINGS.most });
      const page = await suite.openPage(seed.path);
      const options = suite.track(await openExtensionPage(suite.driver, 'options', page.tabId));
      await options.resize(ZOOMED);
      await waitFor(
        async () => ((await textOf(options, '#comfort-fields')) !== '' ? true : undefined),
        'fields',
      );
      const width = await options.evaluate(
        () => [document.documentElement.scrollWidth, document.documentElement.clientWidth],
        null,
      );
      expect(width[0]).toBeLessThanOrEqual(width[1]! + 1);
    });

    test('the dyslexia-friendly font is the bundled one, and it loads', async () => {
      await writeSettings(suite.driver, { comfort: { ...SPACINGS['wcag, dyslexia font'], theme: 'sepia' } });
      const page = await suite.openPage(seed.path);
      const reader = await open('reader', page.tabId);
      const font = await reader.evaluate(async () => {
        const paragraph = document.querySelector('#body p') as HTMLElement;
        await document.fonts.load(`16px OpenDyslexic`, paragraph.textContent ?? 'a');
        return {
          family: getComputedStyle(paragraph).fontFamily,
          loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
        };
      }, null);
      expect(font.family.startsWith('"OpenDyslexic"') || font.family.startsWith('OpenDyslexic')).toBe(true);
      expect(font.loaded.map((family) => family.replaceAll('"', ''))).toContain('OpenDyslexic');
      // docs/comfort-<browser>.png: the reader tab with its text settings open, at WCAG's spacing.
      await reader.evaluate(() => {
        (document.querySelector('details.comfort') as HTMLDetailsElement).open = true;
      }, null);
      await reader.screenshot(join(ROOT, 'docs', `comfort-${name}.png`), { width: 1000, height: 800 });
    });

    test('images show or hide with the setting; text is never justified; a line holds at most 80 characters', async () => {
      const page = await suite.openPage(seed.path);
      const reader = await open('reader', page.tabId);
      await reader.resize(WIDE);
      const look = () =>
        reader.evaluate(() => {
          const body = document.getElementById('body') as HTMLElement;
          if (!body.querySelector('img')) {
            // The fixtures' articles have no image of their own: one as the article's HTML would carry it.
            const figure = body.appendChild(document.createElement('figure'));
            const image = figure.appendChild(document.createElement('img'));
            image.alt = 'A chart';
            image.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
            const justified = body.appendChild(document.createElement('p'));
            justified.setAttribute('align', 'justify');
            justified.textContent = 'A paragraph its outlet justified.';
          }
          return {
            image: getComputedStyle(body.querySelector('figure') as HTMLElement).display,
            aligns: [...new Set([...body.querySelectorAll('p')].map((p) => getComputedStyle(p).textAlign))],
          };
        }, null);
      expect(await look()).toEqual({ image: 'block', aligns: ['start'] });
      expect(await reader.evaluate(longestLine, null)).toBeLessThanOrEqual(80);
      // Off from the reader's own field, as a reader sets it: the setting is stored and the image goes.
      await reader.evaluate(() => {
        (document.querySelector('details.comfort') as HTMLDetailsElement).open = true;
        const box = document.getElementById('images') as HTMLInputElement;
        box.click();
      }, null);
      await waitFor(
        async () =>
          ((await readSettings(suite.driver)).comfort as { images?: boolean })?.images === false || undefined,
        'images off stored',
      );
      await waitFor(async () => ((await look()).image === 'none' ? true : undefined), 'the image hidden');
      // A number typed into a field is applied to the article.
      await typeInto(reader, 'line-height', '2');
      await showing(reader, 2);
    });

    test('axe finds no serious or critical violation at either extreme of the settings, in every theme', async () => {
      const page = await suite.openPage(seed.path);
      const views = { popup: await open('popup', page.tabId), reader: await open('reader', page.tabId) };
      const extremes = {
        widest: { ...SPACINGS.most, images: false },
        tightest: {
          lineHeight: LINE_HEIGHT.min,
          paragraphSpacing: PARAGRAPH_SPACING.min,
          letterSpacing: LETTER_SPACING.min,
          wordSpacing: WORD_SPACING.min,
          fontSize: FONT_SIZE.min,
          lineWidth: LINE_WIDTH.min,
          font: 'serif',
        },
      };
      const findings: string[] = [];
      for (const [extreme, settings] of Object.entries(extremes))
        for (const theme of ['system', 'light', 'dark', 'sepia'] as const) {
          await writeSettings(suite.driver, { comfort: { ...settings, theme } });
          for (const [view, tab] of Object.entries(views)) {
            await showing(tab, settings.lineHeight);
            await waitFor(
              async () =>
                (await tab.evaluate(() => document.documentElement.dataset.theme, null)) === theme ||
                undefined,
              `${view} in ${theme}`,
            );
            await tab.evaluate(() => {
              for (const details of document.querySelectorAll('details')) details.open = true;
            }, null);
            for (const finding of await seriousViolations(tab))
              findings.push(
                `${view}/${extreme}/${theme}: ${finding.id} (${finding.impact}) ${finding.targets.join(' ')}`,
              );
          }
        }
      expect(findings).toEqual([]);
    });
  });
}
