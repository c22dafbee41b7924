import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { CopyHold, HOLD_MS } from '../../src/extension/content/held-copies';
import { holdWhileParsing } from '../../src/extension/content/hold-while-parsing';
import { load } from '../../src/extension/content/lazy';
import { Page } from '../../src/extension/content/page/page';
import { defaults } from '../../src/extension/shared/settings';

const ONE =
  'The council approved the new bridge budget on Tuesday after a debate that lasted into the night.';
const TWO = 'Engineers say the work will start in spring and close the river crossing for about four months.';
const HEADLINE =
  'Regional council approves the new river bridge budget after a debate that lasted into the night';

/** jsdom lays nothing out: an element marked data-unseen has no box, every other one has one. */
function laidOut(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    const size = element.closest('[data-unseen]') ? 0 : 100;
    element.getBoundingClientRect = () => ({ width: size, height: size }) as DOMRect;
  }
}

function page(html: string): Document {
  document.body.innerHTML = html;
  laidOut(document.body);
  return document;
}

function holdCopies(doc: Document): () => void {
  const hold = new CopyHold(doc);
  hold.update();
  return () => hold.lift();
}

const heldIds = () =>
  [...document.body.querySelectorAll<HTMLElement>('[id]')]
    .filter((element) => element.style.display === 'none')
    .map((element) => element.id);

describe('CopyHold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test.each([
    [
      'a paragraph printed again',
      `<p id="a">${ONE}</p><p id="b">${TWO}</p><div><p id="c">${ONE}</p></div>`,
      ['c'],
    ],
    [
      'a whole copy printed as one block',
      `<p id="a">${ONE}</p><p id="b">${TWO}</p><div id="c">${ONE}\n${TWO}</div>`,
      ['c'],
    ],
    [
      'a copy after one the reader cannot see',
      `<div data-unseen><p id="a">${ONE}</p></div><p id="b">${ONE}</p><p id="c">${ONE}</p>`,
      ['c'],
    ],
    [
      'a short line printed twice (a label, a headline)',
      '<p id="a">Reuters · 2 hours ago</p><p id="b">Reuters · 2 hours ago</p>',
      [],
    ],
    ['text printed once', `<p id="a">${ONE}</p><p id="b">${TWO}</p>`, []],
    [
      'a body printed as bare lines in one block, then again in paragraphs',
      `<table><tr><td id="a">${ONE}<br><br>${TWO}</td></tr></table><p id="b">${ONE}</p><p id="c">${TWO}</p>`,
      ['b', 'c'],
    ],
    [
      "a sentence from the middle of a paragraph quoted as one of its own (opening as that paragraph's sentence does)",
      `<p id="a">${ONE} ${TWO}</p><blockquote id="b">${TWO}</blockquote>`,
      ['b'],
    ],
    [
      'a long headline printed again above a card',
      `<h3 id="a">${HEADLINE}</h3><div><h4 id="b">${HEADLINE}</h4></div>`,
      ['b'],
    ],
    [
      'a long headline printed again as a link (the clean keeps every linked headline)',
      `<h2 id="a">${HEADLINE}</h2><a href="/story"><h3 id="b">${HEADLINE}</h3></a><h4 id="c"><a href="/story">${HEADLINE}</a></h4>`,
      [],
    ],
  ])('%s', (_, html, held) => {
    holdCopies(page(html));
    expect(heldIds()).toEqual(held);
  });

  describe('before detection (speculative): a whole body printed again, or nothing', () => {
    const BODY = [
      ONE,
      TWO,
      'A spokesperson for the transport department said a ferry service would run while the bridge is shut.',
      'Local businesses on both banks have asked the council for help with the loss of passing trade.',
      'The bridge, opened in 1932, carries about eighteen thousand vehicles a day according to the council.',
    ];
    const paragraphs = (texts: string[], from: number) =>
      texts.map((text, i) => `<p id="p${from + i}">${text}</p>`).join('');

    test.each([
      ['one paragraph printed again', `${paragraphs(BODY, 0)}<div>${paragraphs([ONE], 5)}</div>`, []],
      [
        'two printed again, short of a whole body',
        `${paragraphs(BODY, 0)}<div>${paragraphs([ONE, TWO], 5)}</div>`,
        [],
      ],
      [
        'the whole body printed again',
        `${paragraphs(BODY, 0)}<div>${paragraphs(BODY, 5)}</div>`,
        ['p5', 'p6', 'p7', 'p8', 'p9'],
      ],
    ])('%s', (_, html, held) => {
      const hold = new CopyHold(page(html), true);
      hold.update();
      expect(heldIds()).toEqual(held);
      hold.lift();
    });
  });

  test("the lift puts each held element's own style back, and may run twice", () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p><p id="c">${ONE}</p>`);
    const lift = holdCopies(doc);
    expect(heldIds()).toEqual(['b', 'c']);
    lift();
    lift();
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
    expect(doc.getElementById('c')!.hasAttribute('style')).toBe(false);
  });

  test(`copies come back after ${HOLD_MS} ms even if nothing lifts them`, () => {
    holdCopies(page(`<p id="a">${ONE}</p><p id="b">${ONE}</p>`));
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(heldIds()).toEqual(['b']);
    vi.advanceTimersByTime(1);
    expect(heldIds()).toEqual([]);
  });

  test('run again as more is parsed: a new copy is held, a block half parsed that is no copy after all is let go', () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    expect(heldIds()).toEqual(['b']);
    // The rest of b arrives: it goes on with text printed nowhere else.
    doc.getElementById('b')!.append(` ${TWO}`);
    doc.body.insertAdjacentHTML('beforeend', `<p id="c">${ONE}</p>`);
    laidOut(doc.body);
    hold.update();
    expect(heldIds()).toEqual(['c']);
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
  });

  test(`one timer for the hold, from its first copy: all comes back ${HOLD_MS} ms after it, and nothing is held after`, () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    vi.advanceTimersByTime(HOLD_MS / 2);
    doc.body.insertAdjacentHTML('beforeend', `<p id="c">${ONE}</p>`);
    laidOut(doc.body);
    hold.update();
    expect(heldIds()).toEqual(['b', 'c']);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(heldIds()).toEqual([]);
    hold.update();
    expect(heldIds()).toEqual([]);
  });

  test("shown for the reader's view to be read, held again after, unless lifted meanwhile", () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    hold.show();
    expect(heldIds()).toEqual([]);
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
    hold.hide();
    expect(heldIds()).toEqual(['b']);
    hold.show();
    hold.lift();
    hold.hide();
    expect(heldIds()).toEqual([]);
    expect(doc.getElementById('b')!.getAttribute('style')).toBe('color: red');
  });

  test('a held copy the clean removed is let go with its own style, and a later lift leaves it so', () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b" style="color: red">${ONE}</p><p id="c">${ONE}</p>`);
    const hold = new CopyHold(doc);
    hold.update();
    const b = doc.getElementById('b')!;
    hold.show();
    b.remove();
    // What the keeper does with an element it removes in parts: it notes its style, changes it, puts it back.
    b.style.setProperty('contain', 'strict');
    hold.hide();
    expect(b.style.display).toBe('');
    expect(heldIds()).toEqual(['c']);
    hold.lift();
    expect(b.style.getPropertyValue('contain')).toBe('strict');
  });

  test('a whole copy printed as one block stays held while the clean runs, until the first paragraph it copies goes', () => {
    const doc = page(`<p id="a">${ONE}</p><p id="b">${TWO}</p><div id="c">${ONE}\n${TWO}</div>`);
    const hold = new CopyHold(doc);
    hold.update();
    hold.show();
    hold.hide();
    expect(heldIds()).toEqual(['c']);
    hold.show();
    doc.getElementById('a')!.remove();
    hold.hide();
    expect(heldIds()).toEqual([]);
  });

  test('each copy of a body printed as bare lines shows as soon as the clean has taken those lines out of their block', () => {
    const doc = page(
      `<table><tr><td id="a"><font id="f">${ONE}<br><br>${TWO}</font></td></tr></table><p id="b">${ONE}</p><p id="c">${TWO}</p>`,
    );
    const hold = new CopyHold(doc);
    hold.update();
    expect(heldIds()).toEqual(['b', 'c']);
    hold.show();
    // The cell stays; the text in it goes.
    doc.getElementById('f')!.remove();
    hold.hide();
    expect(heldIds()).toEqual([]);
  });

  test.each([
    ['its original', 'a', ['c', 'e'], ['c']],
    ['a block around its original', 'wrap', ['c', 'e'], ['c']],
    ["another copy's original", 'b', ['d', 'e'], ['e']],
    ['a block of neither', 'x', ['c', 'd', 'e'], ['c', 'e']],
  ])(
    'the first held copy shows as soon as the clean has removed what it copies: %s',
    (_, removed, held, after) => {
      const doc = page(
        `<div id="wrap"><p id="a">${ONE}</p></div><p id="b">${TWO}</p><p id="c">${TWO}</p><p id="d">${ONE}</p><p id="e">${ONE}</p><span id="x">x</span>`,
      );
      const hold = new CopyHold(doc);
      hold.update();
      expect(heldIds()).toEqual(['c', 'd', 'e']);
      hold.show();
      doc.getElementById(removed)!.remove();
      hold.hide();
      expect(heldIds()).toEqual(held);
      // Then d goes. Where it stood in for the original, e is the copy kept now and shows.
      hold.show();
      doc.getElementById('d')!.remove();
      hold.hide();
      expect(heldIds()).toEqual(after);
    },
  );
});

describe('holdWhileParsing', () => {
  /** A document still being parsed: jsdom's own has finished. */
  function loading(): Document {
    const doc = page(`<p id="a">${ONE}</p>`);
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    return doc;
  }
  afterEach(() => {
    Reflect.deleteProperty(document, 'readyState');
  });

  test('a copy the parser adds is held before the browser could paint it: at the end of the task that added it', async () => {
    const doc = loading();
    holdWhileParsing(doc, 1000);
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${TWO}</p><p id="c">${ONE}</p>`);
    laidOut(doc.body);
    await Promise.resolve();
    expect(heldIds()).toEqual(['c']);
  });

  test('copies the parser added before the hold began are held at once, not at its next addition', () => {
    const doc = loading();
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(doc.body);
    holdWhileParsing(doc, 1000);
    expect(heldIds()).toEqual(['b']);
  });

  test("the parser's last additions are held too, reported once it has marked the page parsed", async () => {
    const doc = loading();
    holdWhileParsing(doc, 1000);
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(doc.body);
    Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
    await Promise.resolve();
    expect(heldIds()).toEqual(['b']);
    // Then it stops: what the page's own scripts add later is the page part's to read.
    doc.body.insertAdjacentHTML('beforeend', `<p id="c">${ONE}</p>`);
    laidOut(doc.body);
    await Promise.resolve();
    expect(heldIds()).toEqual(['b']);
  });

  test("the parser's last additions are held when DOMContentLoaded fires in the same task, before the observer hears of them", () => {
    const doc = loading();
    holdWhileParsing(doc, 1000);
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(doc.body);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(heldIds()).toEqual(['b']);
  });

  test(`copies held while the page streams in come back ${HOLD_MS} ms after it is parsed, not after the first hold`, async () => {
    vi.useFakeTimers();
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const doc = loading();
    holdWhileParsing(doc, 1000);
    doc.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(doc.body);
    await Promise.resolve();
    vi.advanceTimersByTime(HOLD_MS * 2);
    expect(heldIds()).toEqual(['b']);
    Reflect.deleteProperty(doc, 'readyState');
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(heldIds()).toEqual(['b']);
    vi.advanceTimersByTime(1);
    expect(heldIds()).toEqual([]);
  });

  test('it stops at DOMContentLoaded, and on a page grown past its bound', async () => {
    const parsed = loading();
    holdWhileParsing(parsed, 1000);
    parsed.dispatchEvent(new Event('DOMContentLoaded'));
    parsed.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`);
    laidOut(parsed.body);
    await Promise.resolve();
    expect(heldIds()).toEqual([]);

    const big = loading();
    holdWhileParsing(big, 5);
    big.body.insertAdjacentHTML('beforeend', `<p id="b">${ONE}</p>`.repeat(3));
    laidOut(big.body);
    await Promise.resolve();
    expect(heldIds()).toEqual([]);
  });
});

describe('a page cleaned with its copies held', () => {
  // Timers are faked, so the hold's own HOLD_MS timer cannot lift the copies before the clean does, however slow
  // the machine; the clock that times the slices stays real, so the clean still runs in several.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  test('detection and the clean read the page with its copies shown: a story whose one repeat is held is found', async () => {
    // The engine reads an inline display:none as a copy hidden from the reader, which weighs less: the story's
    // teaser printed again as a card below it is what makes this page an aggregator page.
    const paragraphs = [
      'Tuesday fire library council "library court" cross-border court engineers profits... elections final prices tunnel river hospital.',
      'Report the council bridge airport prices north-south farmers elections for final rain report budget museum fire, and the ministers met the engineers over winter.',
      'Port officials bridge fire "train river" cross-border players bridge winter players council train winter hospital final airport report.',
      'Neighbours rain train report "train budget" socio-economic players council town minister storm council final train tunnel the port players.',
    ];
    const doc = page(
      `<h1>Tuesday market budget prices profits bridge</h1><div><span>Herald of Aragon</span><span> </span><span>2026-12-03</span></div>
      <div>${paragraphs.map((p) => `<div>${p}</div>`).join('')}</div>
      <div><div>${paragraphs[0]}</div><div>Continue reading</div></div>`,
    );
    await Promise.all([load('detect'), load('clean'), load('visibility')]);
    const hold = new CopyHold(doc);
    hold.update();
    const cleaning = new Page(
      doc,
      { ...defaults, sites: {} },
      () => undefined,
      () => null,
    );
    const starting = cleaning.start(hold);
    await vi.runAllTimersAsync();
    await starting;
    expect(cleaning.status().detection?.isAggregator).toBe(true);
    expect(cleaning.status().cleaned).toBe(true);
    const text = (doc.body.textContent ?? '').split(paragraphs[0]!).length - 1;
    expect(text).toBe(1);
  });
  test('they stay held through every slice of the clean, and are lifted in the task of its last', async () => {
    const copy = Array.from(
      { length: 300 },
      (_, i) =>
        `<p>Paragraph ${i} of the council report says the river bridge moves to the east bank next spring.</p>`,
    ).join('');
    const doc = page(
      `<h1>Council report</h1><div>The Advertiser3 days ago</div><div>${copy}</div><div>${copy}</div>`,
    );
    // Loaded ahead, so each wait of the page's is a timer the test runs, not a module read from disk.
    await Promise.all([load('detect'), load('clean'), load('visibility')]);
    const hold = new CopyHold(doc);
    hold.update();
    const shown = () => [...doc.body.querySelectorAll('p')].filter((p) => p.style.display !== 'none').length;
    expect(shown()).toBe(300);
    const cleaning = new Page(
      doc,
      { ...defaults, sites: {} },
      () => undefined,
      () => null,
    );
    let done = false;
    const starting = cleaning.start(hold).then(() => {
      done = true;
    });
    const between: number[] = [];
    while (!done) {
      await vi.advanceTimersToNextTimerAsync();
      if (!done && cleaning.status().work.byKind.clean) between.push(shown());
    }
    await starting;
    expect(between.length, 'the clean ran in more than one slice').toBeGreaterThan(1);
    // Between two slices the reader sees each paragraph once: each copy is held, or already removed.
    expect(between.filter((count) => count === 300)).toEqual(between);
    expect(shown()).toBe(300);
    expect(doc.body.querySelectorAll('p')).toHaveLength(300);
    expect(cleaning.status().removedCount).toBeGreaterThan(0);
  });
});
