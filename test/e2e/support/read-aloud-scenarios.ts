// Reading aloud in a real browser: the reader tab and the popup driven through a stubbed speechSynthesis that
// records what it is asked to say and reports each word as the engines do, and once through the browser's own
// engine. Written once and run for each browser by test/e2e/read-aloud-<browser>.test.ts.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BrowserName, requireBrowser } from './browsers';
import { type ExtensionDriver, type TabHandle, waitFor } from './driver';
import { type ExtensionPage, openExtensionPage, readSettings, textOf } from './ext-pages';
import { extensionSuite } from './extension-suite';
import { aggregatorCase } from './fixtures';
import { ROOT } from './server';

const seed = aggregatorCase('seed-daily8');

interface StubRecord {
  /** Each utterance's text, in the order it was spoken. */
  spoken: string[];
  /** For each word reported: the word, and what the page highlighted then. */
  words: { word: string; highlighted: string }[];
  cancels: number;
  done: boolean;
}

/**
 * Replaces the page's speechSynthesis and its utterances with stubs: two voices, and each utterance "spoken" a word every `wordMs`,
 * with a boundary event per word and an end event after the last. Run in the extension page.
 */
function installStub(wordMs: number): void {
  const record: StubRecord = { spoken: [], words: [], cancels: 0, done: false };
  const voices = [
    { name: 'Stub English', lang: 'en-US', voiceURI: 'stub-en', default: true, localService: true },
    { name: 'Stub Deutsch', lang: 'de-DE', voiceURI: 'stub-de', default: false, localService: true },
  ];
  let current = 0;
  type Utterance = {
    text: string;
    onboundary: ((event: object) => void) | null;
    onend: (() => void) | null;
    onerror: ((event: object) => void) | null;
  };
  const stub = {
    getVoices: () => voices,
    addEventListener: () => undefined,
    speak(utterance: Utterance) {
      const id = ++current;
      record.spoken.push(utterance.text);
      const words = [...utterance.text.matchAll(/\S+/g)];
      let index = 0;
      const tick = () => {
        if (id !== current) return;
        const word = words[index++];
        if (!word) {
          utterance.onend?.();
          return;
        }
        utterance.onboundary?.({ name: 'word', charIndex: word.index, charLength: word[0].length });
        const highlight = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get(
          'clean-reader-word',
        );
        record.words.push({ word: word[0], highlighted: highlight ? String([...highlight][0]) : '' });
        setTimeout(tick, wordMs);
      };
      setTimeout(tick, wordMs);
    },
    cancel() {
      record.cancels++;
      current++;
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
  // The browser's utterance takes only its own voices: the stub's are plain objects.
  class StubUtterance {
    lang = '';
    rate = 1;
    voice: object | null = null;
    onboundary = null;
    onend = null;
    onerror = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true });
  Object.defineProperty(window, '__stubSpeech', { value: record, configurable: true });
}

const stubRecord = (tab: TabHandle) =>
  tab.evaluate(() => (window as unknown as { __stubSpeech: StubRecord }).__stubSpeech, null);
const status = (tab: TabHandle) => textOf(tab, '#read-aloud-status');
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readAloudScenarios(name: BrowserName, launch: () => Promise<ExtensionDriver>): void {
  describe(`reading aloud in ${name}`, () => {
    requireBrowser(name);
    const suite = extensionSuite(launch);
    const open = async (view: ExtensionPage) => {
      const page = await suite.openPage(seed.path);
      const tab = suite.track(await openExtensionPage(suite.driver, view, page.tabId));
      await waitFor(
        async () => ((await textOf(tab, '#title')) !== '' ? true : undefined),
        `${view}'s article`,
      );
      return tab;
    };

    test('the reader tab reads the title, then each paragraph once, in order, and highlights each word', async () => {
      const reader = await open('reader');
      await reader.evaluate(installStub, 1);
      await reader.click('#read-aloud-play');
      // Read to the end, reading stops by itself.
      const record = await waitFor(
        async () => {
          const now = await stubRecord(reader);
          return now.spoken.length > 0 && (await status(reader)) === 'Stopped' ? now : undefined;
        },
        'the whole article read',
        60_000,
      );
      const said = fold(record.spoken.join(''));
      const parts = [seed.expected.title, ...seed.expected.paragraphs].map(fold);
      let from = 0;
      for (const part of parts) {
        const at = said.indexOf(part, from);
        expect(at, `read in order: ${part.slice(0, 40)}`).toBeGreaterThanOrEqual(from);
        expect(said.indexOf(part, at + 1), `read once: ${part.slice(0, 40)}`).toBe(-1);
        from = at + part.length;
      }
      // Nothing but the article: not its removed copies' promos, not the outlet line, not the related stories.
      for (const text of seed.expected.absent) expect(said).not.toContain(fold(text));
      expect(said).not.toContain('Related stories');
      expect(said.length).toBeLessThanOrEqual(parts.join(' ').length + parts.length);
      // The highlight follows the words: every word reported was the one highlighted.
      expect(record.words.length).toBeGreaterThan(100);
      expect(record.words.filter(({ word, highlighted }) => word !== highlighted)).toEqual([]);
    });

    test('in the popup: pause keeps the place, resume goes on from it, a click on a paragraph reads from there', async () => {
      const popup = await open('popup');
      await popup.evaluate(installStub, 40);
      await popup.click('#read-aloud-play');
      await waitFor(
        async () => ((await stubRecord(popup)).words.length >= 3 ? true : undefined),
        'three words',
      );
      await popup.click('#read-aloud-play');
      // docs/read-aloud-<browser>.png: paused on a word, which stays highlighted.
      await popup.screenshot(join(ROOT, 'docs', `read-aloud-${name}.png`), { width: 700, height: 600 });
      const total = seed.expected.paragraphs.length + 1;
      await waitFor(
        async () => ((await status(popup)) === `Paused at paragraph 1 of ${total}` ? true : undefined),
        'the paused status',
      );
      const paused = await stubRecord(popup);
      expect(paused.cancels).toBeGreaterThanOrEqual(1);
      const lastWord = paused.words.at(-1)!.word;
      await popup.click('#read-aloud-play');
      const resumed = await waitFor(async () => {
        const now = await stubRecord(popup);
        return now.spoken.length > paused.spoken.length ? now : undefined;
      }, 'reading resumed');
      expect(resumed.spoken.at(-1)!.startsWith(lastWord)).toBe(true);
      // The third paragraph, clicked while reading: read from its start.
      await popup.evaluate(() => {
        const paragraph = document.querySelectorAll('#body p')[2] as HTMLElement;
        paragraph.click();
      }, null);
      const jumped = await waitFor(async () => {
        const now = await stubRecord(popup);
        return now.spoken.length > resumed.spoken.length ? now : undefined;
      }, 'reading from the clicked paragraph');
      expect(fold(seed.expected.paragraphs[2]!).startsWith(fold(jumped.spoken.at(-1)!))).toBe(true);
      expect(await status(popup)).toBe(`Reading paragraph 4 of ${total}`);
      await popup.click('#read-aloud-stop');
      await waitFor(async () => ((await status(popup)) === 'Stopped' ? true : undefined), 'stopped');
    });

    test('the voice chosen for a language is remembered for it', async () => {
      const reader = await open('reader');
      await reader.evaluate(installStub, 1);
      await reader.click('#read-aloud-play');
      await waitFor(async () => ((await stubRecord(reader)).spoken.length > 0 ? true : undefined), 'reading');
      await reader.evaluate(() => {
        const select = document.getElementById('read-aloud-voice') as HTMLSelectElement;
        select.value = 'stub-de';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, null);
      await waitFor(
        async () =>
          ((await readSettings(suite.driver)).speech as { voices?: Record<string, string> } | undefined)
            ?.voices?.en === 'stub-de' || undefined,
        'the voice stored for English',
      );
    });

    test("with the browser's own engine: it reads, or says plainly that there are no voices", async () => {
      const reader = await open('reader');
      const voices = await reader.evaluate(async () => {
        const synth = window.speechSynthesis;
        if (!synth) return -1;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return synth.getVoices().length;
      }, null);
      await reader.click('#read-aloud-play');
      if (voices > 0) {
        await waitFor(
          async () =>
            (await reader.evaluate(
              () => window.speechSynthesis.speaking || window.speechSynthesis.pending,
              null,
            )) || undefined,
          'the engine speaking',
        );
        await reader.click('#read-aloud-stop');
      } else {
        await waitFor(
          async () => ((await status(reader)).startsWith('This browser has no voices') ? true : undefined),
          'the no-voices message',
        );
      }
    });
  });
}
