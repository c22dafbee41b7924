// The check every page load runs: it lets ordinary pages go after one read of their text, and must send every
// page with a repeated body on to full detection.
import { describe, expect, test } from 'vitest';
import { detect } from '../../src/engine';
import { runSteps } from '../../src/engine/core/steps';
import { gate, gateSteps } from '../../src/engine/detection/gate';
import { quickScan, quickScanSteps } from '../../src/engine/detection/signals/quick-scan';
import { parse } from './helpers';

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore. ' +
  'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo. ' +
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.';

/** Long enough to be counted, shorter than a paragraph of prose (a teaser's bar). */
const SHORT_SENTENCE = 'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod.';

const ELLIPSIS_SENTENCE =
  'Lorem ipsum dolor sit amet, consectetur adipisicing elit\u2026 sed do eiusmod tempor incididunt ut labore et dolore and then some more.';

/** `count` distinct paragraphs of about 100 characters each. */
function paragraphs(count: number, topic = 'bridge'): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i} says the council will decide on the ${topic} budget at its meeting in spring ${i}.</p>`,
  ).join('');
}

function page(title: string, body: string): Document {
  return parse(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
}

const HEADLINE = 'Council moves the river bridge budget to spring';

describe('gate', () => {
  test.each([
    // Three sentences in the same order five times: as much as a teaser needs. The gate lets it by; a
    // single paragraph makes no run for the screen (see below).
    ['one paragraph printed five times (a test page)', page('Test page', `<p>${LOREM}</p>`.repeat(5)), true],
    [
      'two short sentences printed twice',
      page('Test page', '<p>A short one here. And another.</p>'.repeat(2)),
      false,
    ],
    ['a body of ten paragraphs printed twice', page(HEADLINE, paragraphs(10).repeat(2)), true],
    // A teaser may be the story's first sentence alone: one long sentence printed again is let by (a
    // standfirst repeating the lede too; the screen weighs it), a shorter one is not.
    [
      "one sentence as long as a teaser's bar printed twice",
      page(
        HEADLINE,
        `<p class="teaser">${LOREM.split('. ')[0]} and a few more words to reach it.</p>${paragraphs(6)}`.replace(
          '<p>Paragraph 0',
          `<p>${LOREM.split('. ')[0]} and a few more words to reach it. Paragraph 0`,
        ),
      ),
      true,
    ],
    [
      "one sentence shorter than a teaser's bar printed twice",
      page(
        HEADLINE,
        `<p class="teaser">${SHORT_SENTENCE}</p>${paragraphs(6)}`.replace(
          '<p>Paragraph 0',
          `<p>${SHORT_SENTENCE} Paragraph 0`,
        ),
      ),
      false,
    ],
    // An ellipsis inside the sentence parts it into two pieces shorter than the bar: it is still one sentence.
    [
      'one sentence with an ellipsis inside, as long as the bar, printed twice',
      page(
        HEADLINE,
        `<p class="teaser">${ELLIPSIS_SENTENCE}</p>${paragraphs(6)}`.replace(
          '<p>Paragraph 0',
          `<p>${ELLIPSIS_SENTENCE} Paragraph 0`,
        ),
      ),
      true,
    ],
    // A body of three or more paragraphs printed again decides alone now (issue 14): the gate lets it by.
    [
      'six paragraphs printed twice, headline once',
      page(`${HEADLINE} | Daily`, paragraphs(6).repeat(2)),
      true,
    ],

    [
      'six paragraphs printed twice, headline twice',
      page(`${HEADLINE} | Daily`, `<h1>${HEADLINE}</h1><h2>${HEADLINE}</h2>${paragraphs(6).repeat(2)}`),
      true,
    ],
    ['ordinary prose, nothing repeated', page(HEADLINE, `<h1>${HEADLINE}</h1>${paragraphs(40)}`), false],
    [
      'a glued outlet and time, nothing repeated',
      page(
        HEADLINE,
        `<p>The Advertiser3 days ago</p>${paragraphs(3)}<p>Related: Outlet2 hours agoAnother story</p>`,
      ),
      true,
    ],
  ])('%s: suspicious $2', (_, doc, suspicious) => {
    expect(gate(doc).suspicious).toBe(suspicious);
    expect(runSteps(gateSteps(doc)).suspicious).toBe(suspicious);
  });

  test('a repeated run of text too long to be a sentence (a script state, a stylesheet) is not counted', () => {
    const blob = `<p>State ${'value,'.repeat(400)} end of the blob.</p>`;
    const quick = quickScan(page(HEADLINE, `${blob}${paragraphs(10)}${blob}`).body);
    expect(quick.repeatedSentences).toBe(0);
    expect(quick.repeatedChars).toBe(0);
  });

  test('repeated sentences count only in the same order as elsewhere, as a copy repeats them', () => {
    const said = Array.from(
      { length: 8 },
      (_, i) => `Reader ${i} wrote that the council should never have moved the bridge.`,
    );
    // Each reply quotes one earlier comment, then says something new.
    const replies = said.map(
      (s, i) => `<p>${s}</p><p>Reply ${i}: I could not disagree more with this view of the matter here.</p>`,
    );
    const thread = page(HEADLINE, `<p>${said.join('</p><p>')}</p>${[...replies].reverse().join('')}`);
    expect(quickScan(thread.body).repeatedSentences).toBe(0);
    expect(gate(thread).suspicious).toBe(false);
    const copied = page(
      HEADLINE,
      `<p>${said.join('</p><p>')}</p><div hidden><p>${said.join('</p><p>')}</p></div>`,
    );
    expect(quickScan(copied.body).repeatedSentences).toBe(8);
    expect(gate(copied).suspicious).toBe(true);
  });

  test.each([
    [
      'a script',
      (text: string) => `<script type="application/json">${JSON.stringify({ body: text })}</script>`,
    ],
    ['a stylesheet', (text: string) => `<style>/* ${text} */</style>`],
    [
      'two scripts',
      (text: string) => `<script>var a = "${text}";</script><div><script>b("${text}")</script></div>`,
    ],
  ])('sentences %s repeats are not counted, before or after the prose', (_, unseen) => {
    const prose = paragraphs(12);
    const text = prose.replace(/<[^>]+>/g, ' ');
    for (const doc of [
      page(HEADLINE, `<h1>${HEADLINE}</h1>${prose}${unseen(text)}`),
      page(HEADLINE, `${unseen(text)}<h1>${HEADLINE}</h1>${prose}<p>The end of the story.</p>`),
    ]) {
      expect(quickScan(doc.body).repeatedSentences).toBe(0);
      expect(runSteps(quickScanSteps(doc.body))).toEqual(quickScan(doc.body));
      expect(gate(doc).suspicious).toBe(false);
    }
    // The prose printed twice still counts with the scripts between.
    const copied = page(HEADLINE, `${prose}${unseen(text)}${prose}`);
    expect(quickScan(copied.body).repeatedSentences).toBeGreaterThanOrEqual(10);
  });

  test('a paragraph printed again alone passes the gate but is no repeated body', () => {
    const doc = page('Test page', `<p>${LOREM}</p>`.repeat(5));
    expect(detect(doc).isAggregator).toBe(false);
    expect(detect(doc).signals.map((s) => s.name)).not.toContain('repeated-body');
  });

  test('read in steps, repeats are counted as in one read, across chunks too', () => {
    const body = Array.from({ length: 3000 }, (_, i) =>
      i % 2
        ? `<p>Paragraph ${i % 10} of the story is long enough to count, with <b>a bold end here</b>.</p>`
        : `<p>Paragraph ${i % 10} of the story is long enough to count, and it runs on to its end.</p>`,
    ).join('');
    const doc = page(HEADLINE, body);
    const whole = quickScan(doc.body);
    expect(whole.repeatedSentences).toBe(10);
    expect(runSteps(quickScanSteps(doc.body))).toEqual(whole);
  });

  test('a page of 9,000 long sentences, its body twice: the verdict taken in steps matches one read', () => {
    // More sentences than one step of the verdict takes, so its passes pause and resume mid-way.
    // Words, not numbers: sentences are compared folded, and digits fold alike.
    const word = (i: number) =>
      [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676)]
        .map((k) => 'abcdefghijklmnopqrstuvwxyz'[k])
        .join('');
    const story = Array.from(
      { length: 4500 },
      (_, i) => `<p>Story line ${word(i)} tells how the river council met on the day of ${word(i)}.</p>`,
    ).join('');
    const doc = page(HEADLINE, `<article>${story}</article><div>${story}</div>`);
    const whole = quickScan(doc.body);
    expect(whole.repeatedSentences).toBe(4500);
    expect(runSteps(quickScanSteps(doc.body))).toEqual(whole);
  });

  test('a <noscript> copy reads alike as raw markup (a browser running scripts) and as elements', () => {
    const story = paragraphs(4);
    const parsed = page(HEADLINE, `<article>${story}</article><noscript>${story}</noscript>`);
    const raw = page(HEADLINE, `<article>${story}</article><noscript></noscript>`);
    // What a browser's parser leaves in a <noscript> when scripting is on: one text node of markup.
    raw.querySelector('noscript')!.textContent = story;
    expect(quickScan(parsed.body).repeatedSentences).toBe(4);
    expect(quickScan(raw.body)).toEqual(quickScan(parsed.body));
    expect(runSteps(quickScanSteps(raw.body))).toEqual(quickScan(parsed.body));
  });
});
