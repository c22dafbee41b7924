import { runSteps, STEP_ITEMS, type Steps } from '../../core/steps';
import { foldPlainAll, plain } from '../../text/fold';
import { hasGluedTime } from './glued-time';
import { LONG, seenText, squeezeSpace, UNSEEN_TEXT } from './seen-text';

export interface QuickScan {
  /**
   * Distinct long sentences that occur more than once in the page's text, each beside a long sentence it
   * follows or precedes there more than once too: a copy repeats its text in the same order, a reply quoting
   * one sentence of a comment does not.
   */
  repeatedSentences: number;
  /** Their characters, each counted once. */
  repeatedChars: number;
  /**
   * Characters of the longest long sentence that occurs more than once, beside others or not: a teaser may be
   * one sentence of the story, which has no neighbour to repeat in order.
   */
  longestRepeated: number;
  /** Text where a letter runs straight into a time ("The Advertiser3 days ago", "PressDecember 2"). */
  glued: boolean;
}

/**
 * Longer "sentences" are not prose: a script's JSON state or a stylesheet runs on for pages without a full stop
 * and a space. Lower-casing and hashing them cost the gate most of its time on such pages (1 MB of script text
 * on one).
 */
const MAX_SENTENCE = 2000;
/** Text carried from one chunk to the next: an unfinished sentence, or a label split across the chunks. */
const MAX_CARRY = 2000;
/** Characters of text per step when the page is read in steps. */
const CHUNK_CHARS = 64_000;

// Read in plain() text (no quotes or invisible characters, the ellipsis as "..."), so copies typed with
// other marks split alike. Also splits where textContent glued two paragraphs ("year.Engineers"), and before
// the text's last full stop, so the last sentence of a page matches its copy printed earlier. A lower-case
// letter running into a capitalised word ("GesternSturm") is also a seam textContent glued (a label or a
// headline before the first paragraph, which has no full stop): splitting there keeps the opening sentence
// alike in every copy; a name split so ("McDonald") splits alike in every copy too. An ellipsis before a
// lower-case word ends no sentence: inside one ("prices... then") it would cut a copy's sentence into pieces
// shorter than the teaser bar reads. A full stop does (a copy typed in lower case splits alike).
// A regular expression and native string calls, not a loop over characters: the content script's code runs
// cold on every page load, where a per-character loop in script is far slower than the engine's scanner.
const SENTENCE =
  /((?:\.\.\.(?!\s+[a-zß-öø-ÿ])|(?<!\.)[.!?])[)\]]*(?:\s+|(?=[A-ZÀ-ÖØ-Þ])|$))|[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])/g;

/**
 * A tag in text: a browser that runs scripts keeps a <noscript> copy of the story as its raw markup, where
 * "…final.</p><p>Next" would run two sentences together and "<p>Next" would not fold like "Next". A DOM
 * library that parses it as elements gives the text alone: the tags go, so both read one text.
 */
const MARKUP_TAG = /<\/?[a-zA-Z][^<>]*>/g;

/** Counts repeated long sentences and glued labels over text that may arrive in chunks. */
class TextTally {
  /** Each distinct long sentence's id; its count, length and the count taken back are indexed by that id. */
  private readonly ids = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly lengths: number[] = [];
  /** The long sentences' ids in page order: pairs are read from it at the end. */
  private readonly order: number[] = [];
  /**
   * By place in `order`, the id of the sentence's last line where the markup broke it: a block with no full
   * stop (a headline, a label) runs into the first sentence of the next, and that sentence stands in for the
   * whole where only it is repeated. Few sentences have one: most pages add nothing here.
   */
  private readonly lastLines = new Map<number, number>();
  private carry = '';
  private glued = false;
  /** This chunk's long sentences, and the last lines of those broken by markup, folded together at its end. */
  private readonly found: string[] = [];
  private readonly lines: { at: number; line: string }[] = [];

  add(chunk: string, last: boolean): void {
    // One plain() of the whole chunk, not one per sentence: a 5 MB page has 100,000 sentences.
    // Squeezed after plain(), which turns the other space characters into spaces: the text scanned is the same
    // whether it came squeezed (seenText()) or not (the stepped read), and however chunks cut a gap.
    const text = squeezeSpace(
      this.carry + plain(chunk.includes('<') ? chunk.replace(MARKUP_TAG, ' ') : chunk),
    );
    let start = 0;
    SENTENCE.lastIndex = 0;
    for (let match = SENTENCE.exec(text); match; match = SENTENCE.exec(text)) {
      // A seam's letter ends the text before it; a full stop is left out of its sentence.
      const end = match[1] === undefined ? match.index + 1 : match.index;
      this.count(text, start, end);
      start = match.index + match[0].length;
    }
    // The last piece may go on in the next chunk: it is counted then, or now if this is the end.
    if (last) this.count(text, start, text.length);
    this.tally();
    this.glued ||= hasGluedTime(text);
    this.carry = last ? '' : text.slice(Math.max(start, text.length - MAX_CARRY));
  }

  /**
   * The verdict, in steps: its passes run over every long sentence of the page (100,000 on a 5 MB page), and
   * at the end of a stepped read they were one step of 20-30 ms.
   */
  *resultSteps(): Steps<QuickScan> {
    const inRuns = yield* this.repeatedInOrder();
    let repeatedChars = 0;
    for (const id of inRuns) repeatedChars += this.lengths[id]!;
    let longestRepeated = 0;
    for (let id = 0; id < this.counts.length; id++) {
      if (id % IDS_PER_STEP === IDS_PER_STEP - 1) yield;
      if (this.lengths[id]! > longestRepeated && this.isRepeated(id)) longestRepeated = this.lengths[id]!;
    }
    return {
      repeatedSentences: inRuns.size,
      repeatedChars,
      longestRepeated,
      glued: this.glued,
    };
  }

  private isRepeated(id: number): boolean {
    return this.counts[id]! >= 2;
  }

  /**
   * The repeated sentences that sit beside another repeated sentence in the same order more than once: a copy
   * repeats its text in order, a reply quoting one sentence does not. Pairs are numbers (two ids), counted
   * only for neighbouring repeated sentences, which most pages have none of; a 5 MB page's 50,000 pairs of
   * sentence strings were a 150 ms task.
   */
  private *repeatedInOrder(): Steps<Set<number>> {
    const pairs = new Map<number, number>();
    let { order } = this;
    if (this.lastLines.size > 0) {
      order = [...order];
      for (const [at, line] of this.lastLines)
        if (!this.isRepeated(order[at]!) && this.isRepeated(line)) order[at] = line;
    }
    const pairKey = (i: number) => order[i - 1]! * PAIR_BASE + order[i]!;
    for (let i = 1; i < order.length; i++) {
      if (i % IDS_PER_STEP === 0) yield;
      if (!this.isRepeated(order[i - 1]!) || !this.isRepeated(order[i]!)) continue;
      pairs.set(pairKey(i), (pairs.get(pairKey(i)) ?? 0) + 1);
    }
    const found = new Set<number>();
    if (pairs.size === 0) return found;
    for (let i = 1; i < order.length; i++) {
      if (i % IDS_PER_STEP === 0) yield;
      if ((pairs.get(pairKey(i)) ?? 0) < 2) continue;
      found.add(order[i - 1]!);
      found.add(order[i]!);
    }
    return found;
  }

  private count(text: string, start: number, end: number): void {
    if (end - start < LONG || end - start > MAX_SENTENCE) return;
    const sentence = text.slice(start, end).trim();
    this.found.push(sentence);
    const seam = sentence.lastIndexOf('\n');
    if (seam > 0 && sentence.length - seam > LONG)
      this.lines.push({
        at: this.order.length + this.found.length - 1,
        line: sentence.slice(seam + 1).trim(),
      });
  }

  /** Counts the chunk's sentences, folded in one pass: a fold per sentence cost three times as much, cold. */
  private tally(): void {
    const keys = foldPlainAll([...this.found, ...this.lines.map(({ line }) => line)]);
    let i = 0;
    for (const sentence of this.found) this.order.push(this.idOf(keys[i++]!, sentence.length));
    for (const { at, line } of this.lines) this.lastLines.set(at, this.idOf(keys[i++]!, line.length));
    this.found.length = 0;
    this.lines.length = 0;
  }

  /** The id of a sentence folded to `key`, its count taken. */
  private idOf(key: string, length: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.counts.length;
      this.ids.set(key, id);
      this.counts.push(0);
      // Characters as printed (an upper bound of the folded ones the repeated-body signal counts).
      this.lengths.push(length);
    }
    this.counts[id]!++;
    return id;
  }
}

/** Sentence ids handled per step of the verdict: a Map lookup or two each, about a millisecond cold. */
const IDS_PER_STEP = 4000;

/** Ids stay far below this on any page (a 5 MB page has about 100,000 sentences), so id pairs stay exact. */
const PAIR_BASE = 2 ** 26;

/**
 * A cheap look at the page's text before any per-element work, so ordinary pages (the common case,
 * on every page load) are let go after one read of their text. Sentences are compared folded, as everywhere
 * else, so copies typed with other quotes, dashes, spaces or invisible characters still count.
 */
export function quickScan(body: Element): QuickScan {
  return scanText(seenText(body));
}

/** quickScan() of text read already (seenText()): where the page's text is scanned away from its page. */
export function scanText(text: string): QuickScan {
  const tally = new TextTally();
  tally.add(text, true);
  return runSteps(tally.resultSteps());
}

/**
 * quickScan() in steps, for a page's main thread: the text is read node by node in chunks (a 5 MB page's
 * textContent alone is a long task), with the same verdict.
 */
export function* quickScanSteps(body: Element): Steps<QuickScan> {
  const tally = new TextTally();
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let chunk = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNSEEN_TEXT.has(node.parentElement?.tagName ?? '')) continue;
    chunk += node.nodeValue ?? '';
    if (chunk.length < CHUNK_CHARS && ++nodes % STEP_ITEMS !== 0) continue;
    tally.add(chunk, false);
    chunk = '';
    yield;
  }
  tally.add(chunk, true);
  return yield* tally.resultSteps();
}
