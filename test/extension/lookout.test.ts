// The start-up script's look at a page (content/lookout.ts): an ordinary page is read by the gate and loads no
// part of the content script; a suspicious one, a page the settings clean, or one the popup asks about loads the
// page part, which takes the gate's verdict over instead of reading the page again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { LazyName } from '../../src/extension/content/lazy-chunks';
import { Lookout } from '../../src/extension/content/lookout';
import { defaults, type Settings } from '../../src/extension/shared/settings';

const requested: LazyName[] = [];
let gateReads = 0;

vi.mock('../../src/extension/content/lazy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extension/content/lazy')>();
  return {
    load: (name: LazyName) => {
      requested.push(name);
      return actual.load(name);
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

beforeEach(() => {
  requested.length = 0;
  gateReads = 0;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the start-up look at a page', () => {
  test('an ordinary page is read once by the gate and loads no part', async () => {
    await new Lookout(parsed('ordinary', 'blog-newsletter'), settings(), RUNTIME_ID).look(false);
    expect(gateReads).toBe(1);
    expect(requested).toEqual([]);
  });

  test('a suspicious page loads every part at once, and the page part takes the verdict over', async () => {
    const lookout = new Lookout(parsed('aggregator', 'seed-daily8'), settings(), RUNTIME_ID);
    await lookout.look(false);
    expect(requested).toEqual(expect.arrayContaining(['detect', 'clean', 'visibility', 'page']));
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().detection?.isAggregator).toBe(true);
    expect(page.status().cleaned).toBe(true);
    // The gate's read in the start-up script was the only one; its time is in the figures the popup shows.
    expect(gateReads).toBe(1);
    expect(page.status().work.byKind.detect?.slices).toBeGreaterThan(1);
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
  });

  test('a known host is handed over at once, without the start-up gate', async () => {
    const lookout = new Lookout(parsed('aggregator', 'seed-daily8'), settings(), RUNTIME_ID);
    await lookout.look(true);
    const { page } = await lookout.take();
    await page.settled();
    expect(page.status().cleaned).toBe(true);
    // The page part's own read only.
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
    expect(gateReads).toBe(1);
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
