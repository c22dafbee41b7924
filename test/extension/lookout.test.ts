// The start-up script's look at a page (content/lookout.ts): an ordinary page is read by the gate and loads no
// part of the content script; a suspicious one, a page the settings clean, or one the popup asks about loads the
// page part, which takes the gate's verdict over instead of reading the page again. The gate's scan of the text
// runs in the background (content/page-gate.ts), here the background's own handler behind a stand-in runtime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Detection } from '../../src/engine/core/types';
import { FULL_PARAGRAPHS } from '../../src/engine/detection/signals/copy-bar';
import { backgroundHandlers } from '../../src/extension/background/handlers';
import type { LazyName } from '../../src/extension/content/lazy-chunks';
import { Lookout } from '../../src/extension/content/lookout';
import type { PageModule } from '../../src/extension/content/parts';
import { isBackgroundMessage } from '../../src/extension/shared/message-guards';
import { createListener } from '../../src/extension/shared/router';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const requested: LazyName[] = [];
/** Reads of the page's text by the page part's gate, on the page's main thread. */
let gateReads = 0;
/** Scans of the page's text the background ran, and whether it answers at all. */
let backgroundScans = 0;
let backgroundAnswers = true;

// The badge's calls go through the polyfill, which throws when loaded outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

type DetectModule = typeof import('../../src/engine/detection');

/** Stand-ins for parts of a part, where a test needs them: what detection finds, when the page part starts. */
const parts: { detection?: Detection; onDetect?: () => void; onStartPage?: () => void } = {};

vi.mock('../../src/extension/content/lazy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extension/content/lazy')>();
  const detect = (module: DetectModule): DetectModule => ({
    ...module,
    detectSteps: (...args: Parameters<DetectModule['detectSteps']>) => {
      parts.onDetect?.();
      const steps = module.detectSteps(...args);
      const found = parts.detection;
      return found
        ? (function* () {
            yield* steps;
            return found;
          })()
        : steps;
    },
  });
  const page = (module: PageModule): PageModule => ({
    ...module,
    startPage: (...args: Parameters<PageModule['startPage']>) => {
      parts.onStartPage?.();
      return module.startPage(...args);
    },
  });
  return {
    load: async (name: LazyName) => {
      requested.push(name);
      const module = await actual.load(name);
      if (name === 'detect') return detect(module as DetectModule);
      if (name === 'page') return page(module as PageModule);
      return module;
    },
  };
});

vi.mock('../../src/engine/detection/gate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/engine/detection/gate')>();
  return {
    ...actual,
    gateSteps: (...args: Parameters<typeof actual.gateSteps>) => {
      gateReads++;
      return actual.gateSteps(...args);
    },
  };
});

const RUNTIME_ID = 'clean-reader-test';
const SENDER = { id: RUNTIME_ID };

const body = (kind: string, name: string) => {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', kind, name, 'source.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
};

/** A parsed page with no window: no layout to read, so a clean is judged by the engine alone. */
const parsed = (kind: string, name: string) =>
  new DOMParser().parseFromString(`<body>${body(kind, name)}</body>`, 'text/html');

const settings = (change: Partial<Settings> = {}): Settings => ({ ...defaults, sites: {}, ...change });

const until = async (done: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 20));
  return done();
};

const background = createListener(backgroundHandlers, isBackgroundMessage, RUNTIME_ID);

beforeEach(() => {
  requested.length = 0;
  gateReads = 0;
  backgroundScans = 0;
  backgroundAnswers = true;
  const sendMessage = async (message: unknown) => {
    if (!backgroundAnswers) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (isBackgroundMessage(message) && message.type === 'scan-text') backgroundScans++;
    return background(message, SENDER);
  };
  vi.stubGlobal('chrome', { runtime: { id: RUNTIME_ID, sendMessage } });
});

afterEach(() => {
  delete parts.detection;
  delete parts.onDetect;
  delete parts.onStartPage;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the start-up look at a page', () => {
  test("an ordinary page's text is scanned once, in the background, and the page loads no part", async () => {
    await new Lookout(parsed('ordinary', 'blog-newsletter'), settings(), RUNTIME_ID).look(false);
    expect(backgroundScans).toBe(1);
    expect(gateReads).toBe(0);
    expect(requested).toEqual([]);
  });

  test.each([
    ['ordinary', 'blog-newsletter', false],
    ['aggregator', 'seed-daily8', true],
  ])('with no background to answer, the page scans its own text: %s/%s', async (kind, name, aggregator) => {
    backgroundAnswers = false;
    const lookout = new Lookout(parsed(kind, name), settings(), RUNTIME_ID);
    await lookout.look(false);
    expect(requested[0]).toBe('detect');
    expect(requested.includes('page')).toBe(aggregator);
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().detection?.isAggregator).toBe(aggregator);
    expect(page.status().cleaned).toBe(aggregator);
  });

  test('a suspicious page loads every part at once, and the page part takes the verdict over', async () => {
    const lookout = new Lookout(parsed('aggregator', 'seed-daily8'), settings(), RUNTIME_ID);
    await lookout.look(false);
    expect(requested).toEqual(expect.arrayContaining(['detect', 'clean', 'visibility', 'page']));
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().detection?.isAggregator).toBe(true);
    expect(page.status().cleaned).toBe(true);
    // The start-up script's read was the only one; its time is in the figures the popup shows.
    expect(backgroundScans).toBe(1);
    expect(gateReads).toBe(0);
    expect(page.status().work.byKind.detect?.slices).toBeGreaterThan(1);
  });

  describe("copies held from the gate's verdict, before detection has run", () => {
    // The global document, laid out as jsdom will not: every element has a box.
    /** Elements hidden by an inline display:none, beyond the page's own (the fixture hides one itself). */
    let own = 0;
    const hidden = () =>
      [...document.body.querySelectorAll<HTMLElement>('*')].filter((e) => e.style.display === 'none').length;
    const held = () => hidden() - own;
    const laidOutPage = (kind: string, name: string) => {
      document.body.innerHTML = body(kind, name);
      for (const element of document.body.querySelectorAll('*'))
        element.getBoundingClientRect = () => ({ width: 100, height: 100 }) as DOMRect;
      own = hidden();
      return document;
    };

    test('an aggregator page: its repeated body is out of sight while detection runs', async () => {
      let atDetection = 0;
      parts.onDetect = () => (atDetection = held());
      const lookout = new Lookout(laidOutPage('aggregator', 'unknown-host'), settings(), RUNTIME_ID);
      await lookout.look(false);
      expect(atDetection).toBeGreaterThanOrEqual(FULL_PARAGRAPHS);
      const { page } = await lookout.take();
      await page.settled();
      // The clean's last slice lifts the hold: what it kept shows.
      expect(page.status().detection?.isAggregator).toBe(true);
      expect(held()).toBe(0);
    });

    test('a page detection lets go shows what was held at once, before the page part arrives', async () => {
      let atDetection = 0;
      let atStart = -1;
      parts.onDetect = () => (atDetection = held());
      parts.onStartPage = () => (atStart = held());
      parts.detection = { isAggregator: false, score: 0, signals: [] };
      const lookout = new Lookout(laidOutPage('aggregator', 'unknown-host'), settings(), RUNTIME_ID);
      await lookout.look(false);
      await lookout.take();
      expect(atDetection).toBeGreaterThanOrEqual(FULL_PARAGRAPHS);
      expect(atStart).toBe(0);
    });

    test('a site the reader never cleans is not held', async () => {
      let atDetection = -1;
      parts.onDetect = () => (atDetection = held());
      const doc = laidOutPage('aggregator', 'unknown-host');
      const never = settings({ sites: { [location.hostname]: 'never' } });
      await new Lookout(doc, never, RUNTIME_ID).look(false);
      expect(atDetection).toBe(0);
    });
  });

  test('a page the popup asks about loads the page part and answers', async () => {
    document.body.innerHTML = body('ordinary', 'blog-newsletter');
    const lookout = new Lookout(document, settings(), RUNTIME_ID);
    await lookout.look(false);
    const reply = await lookout.answer({ type: 'get-status' }, SENDER);
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as { detection: { isAggregator: boolean } }).detection.isAggregator).toBe(
      false,
    );
    expect(requested).toEqual(['page']);
    // The page part took the start-up gate's verdict over: the page was read once.
    expect(backgroundScans).toBe(1);
    expect(gateReads).toBe(0);
  });

  test('a known host is handed over at once, without the start-up gate', async () => {
    const lookout = new Lookout(parsed('aggregator', 'seed-daily8'), settings(), RUNTIME_ID);
    await lookout.look(true);
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().cleaned).toBe(true);
    // The page part's own read only.
    expect(backgroundScans).toBe(0);
    expect(gateReads).toBe(1);
  });

  test('a page that adds its copies late is read again, and handed over', async () => {
    const doc = new DOMParser().parseFromString('<main><p>Loading the story.</p></main>', 'text/html');
    const lookout = new Lookout(doc, settings(), RUNTIME_ID);
    await lookout.look(false);
    expect(requested).toEqual([]);
    doc.querySelector('main')!.innerHTML = body('aggregator', 'seed-daily8');
    expect(await until(() => requested.includes('page'))).toBe(true);
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().detection?.isAggregator).toBe(true);
  });

  test('a few late words on an ordinary page are not read again', async () => {
    const doc = parsed('ordinary', 'blog-newsletter');
    await new Lookout(doc, settings(), RUNTIME_ID).look(false);
    doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'Comments (3)' }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(backgroundScans).toBe(1);
    expect(requested).toEqual([]);
  });

  test('settings that name the host hand an ordinary page over to be cleaned', async () => {
    document.body.innerHTML = body('ordinary', 'blog-newsletter');
    const lookout = new Lookout(document, settings(), RUNTIME_ID);
    await lookout.look(false);
    lookout.applySettings(settings({ extraHosts: [location.hostname] }));
    expect(requested).toEqual(['page']);
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().detection?.signals.map(({ name }) => name)).toContain('known-host');
  });

  test('settings that change nothing for this page leave it alone', async () => {
    document.body.innerHTML = body('ordinary', 'blog-newsletter');
    const lookout = new Lookout(document, settings(), RUNTIME_ID);
    await lookout.look(false);
    lookout.applySettings(settings({ extraHosts: ['elsewhere.example'] }));
    expect(requested).toEqual([]);
    // Handed over, its watcher stops: the next test's additions to this document are not read here.
    await lookout.take();
  });
});
