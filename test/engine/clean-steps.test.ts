// clean() as steps: the content script runs it in slices on large pages. Paused or not, the result is the same.
import { describe, expect, test } from 'vitest';
import { clean, detect } from '../../src/engine';
import { cleanSteps } from '../../src/engine/cleaning/clean';
import { pauseAt, type Steps } from '../../src/engine/core/steps';
import { detectSteps } from '../../src/engine/detection/detect';
import { SCREEN_READERS } from '../../src/engine/detection/signal-table';
import { quickScan, quickScanSteps } from '../../src/engine/detection/signals/quick-scan';
import { extractRelated, extractRelatedSteps } from '../../src/engine/related/related';
import { listFixtures } from '../fixtures/load';
import { parse } from './helpers';

/** A page big enough that every stage pauses: the body printed twice, 1,500 paragraphs a copy. */
function bigPage(): string {
  const body = Array.from(
    { length: 1500 },
    (_, i) => `<p>Paragraph ${i} of the council's report says the river bridge moves on day ${i}.</p>`,
  ).join('');
  return `<html><head><title>Council report</title></head><body><h1>Council report</h1>
    <div class="meta">The Advertiser3 days ago</div><div>${body}</div><div>${body}</div></body></html>`;
}

function drain<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

describe('cleanSteps and detectSteps', () => {
  test('pause many times on a large page and remove exactly what clean() removes', () => {
    const url = 'https://www.daily8.com/news/council';
    const whole = clean(parse(bigPage()), { url });
    const doc = parse(bigPage());
    const stepped = drain(cleanSteps(doc, { url }));
    expect(stepped.pauses).toBeGreaterThan(10);
    expect(stepped.value.removed).toEqual(whole.removed);
    expect(whole.removed.length).toBeGreaterThan(0);
  });

  test.each(listFixtures('aggregator').map((f) => [f.name, f] as const))(
    '%s: the stepped detection equals detect()',
    (_, fixture) => {
      const url = fixture.expected.url;
      expect(drain(detectSteps(parse(fixture.html), { url })).value).toEqual(
        detect(parse(fixture.html), { url }),
      );
    },
  );

  test.each([...listFixtures('aggregator'), ...listFixtures('ordinary')].map((f) => [f.name, f] as const))(
    '%s: reading the text in steps gives the quick scan',
    (_, fixture) => {
      const doc = parse(fixture.html);
      expect(drain(quickScanSteps(doc.body)).value).toEqual(quickScan(doc.body));
    },
  );

  test('a text read in many chunks finds repeats and a glued label across chunk edges', () => {
    const body = Array.from(
      { length: 2000 },
      (_, i) => `<p>Sentence ${i} is long enough to be counted by the quick scan of the page, surely.</p>`,
    );
    const html = `<body><span>The Advertiser</span><span>3 days ago</span> ${body.join('')}${body.slice(0, 5).join('')}</body>`;
    const doc = parse(html);
    const stepped = drain(quickScanSteps(doc.body));
    expect(stepped.pauses).toBeGreaterThan(1);
    expect(stepped.value).toEqual(quickScan(doc.body));
    // Five repeated paragraphs; the first of them runs into the label.
    expect(stepped.value).toEqual({
      repeatedSentences: 4,
      repeatedChars: 308,
      longestRepeated: 77,
      glued: true,
    });
  });

  test('sentences repeated only in a script (inline JSON state) do not count; repeated prose does', () => {
    const sentences = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i} of the story is long enough to be counted by the quick scan.`,
    );
    const prose = sentences.map((s) => `<p>${s}</p>`).join('');
    const state = `<script type="application/json">${JSON.stringify({ body: sentences.join(' ') })}</script>`;
    const once = parse(`<body>${prose}${state}</body>`);
    const twice = parse(`<body>${prose}${prose}${state}</body>`);
    // The first sentence of the JSON string is glued to its key; the other five match the prose.
    expect(quickScan(once.body).repeatedSentences).toBe(0);
    expect(drain(quickScanSteps(once.body)).value.repeatedSentences).toBe(0);
    expect(quickScan(twice.body).repeatedSentences).toBeGreaterThanOrEqual(5);
    expect(drain(quickScanSteps(twice.body)).value.repeatedSentences).toBeGreaterThanOrEqual(5);
  });

  test('a page that loses a block between steps is still cleaned without error', () => {
    const url = 'https://www.daily8.com/news/council';
    const doc = parse(bigPage());
    const steps = cleanSteps(doc, { url });
    for (let i = 0; i < 5; i++) steps.next();
    doc.body.lastElementChild?.remove();
    const { value } = drain(steps);
    expect(value.cleaned).toBe(true);
    expect(doc.body.textContent).toContain('Paragraph 1499');
  });
  test.each(listFixtures('aggregator').map((f) => [f.name, f] as const))(
    "%s: the related stories read in steps are extractRelated()'s, with a pause among the cards",
    (_, fixture) => {
      const url = fixture.expected.url;
      const stepped = drain(extractRelatedSteps(parse(fixture.html), url));
      expect(stepped.value).toEqual(extractRelated(parse(fixture.html), url));
      if (stepped.value.length > 0) expect(stepped.pauses).toBeGreaterThan(1);
    },
  );

  // A signal's first read compiles its patterns: two of those in one step made one slice overrun 50 ms.
  test('a small page still pauses after each signal', () => {
    const page = `<html><body><h1>Bridge</h1><div>The Advertiser3 days ago</div><p>The bridge opens.</p>
      <p>The bridge opens.</p></body></html>`;
    const { pauses } = drain(detectSteps(parse(page), { url: 'https://www.daily8.com/a' }));
    expect(pauses).toBeGreaterThanOrEqual(SCREEN_READERS.length);
  });
});

describe('pauseAt', () => {
  test.each([
    [1, true],
    [2, true],
    [3, false],
    [4, true],
    [100, false],
    [128, true],
    [129, false],
    [199, false],
    [200, true],
    [256, false],
    [400, true],
  ])('after item %i: %s', (count, pauses) => {
    expect(pauseAt(count)).toBe(pauses);
  });
});
