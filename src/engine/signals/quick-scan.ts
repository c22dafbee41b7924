import { STEP_ITEMS, type Steps } from '../steps';
import { hasGluedTime } from './glued-time';

export interface QuickScan {
  /** Distinct long sentences that occur more than once in the page's text. */
  repeatedSentences: number;
  /** Text where a letter runs straight into a time ("The Advertiser3 days ago", "PressDecember 2"). */
  glued: boolean;
}

const LONG = 60;
/** Text carried from one chunk to the next: an unfinished sentence, or a label split across the chunks. */
const MAX_CARRY = 2000;
/** Characters of text per step when the page is read in steps. */
const CHUNK_CHARS = 64_000;

/** . ! ? … */
const isEnd = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
/** " ' ’ ” ) */
const isCloser = (code: number): boolean =>
  code === 34 || code === 39 || code === 41 || code === 0x2019 || code === 0x201d;

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 160;
const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/**
 * Where the sentence ending at `at` (a . ! ? or …) gives way to the next one, or -1 when it does not: closing
 * quotes may follow, then whitespace or straight away a capital ("year.Engineers", where textContent glued
 * two paragraphs: copies split alike either way).
 */
function nextStart(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && isCloser(text.charCodeAt(i))) i++;
  if (i < text.length && isUpper(text.charCodeAt(i))) return i;
  const spaces = i;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > spaces ? i : -1;
}

/**
 * A case-folded FNV-1a hash of text[start, end) without its outer whitespace: the page's sentences are
 * compared by number, with no string made for each (this runs on every page load).
 */
function sentenceHash(text: string, start: number, end: number): number {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ (isUpper(code) ? code | 0x20 : code), 0x01000193);
  }
  return hash >>> 0;
}

/** Counts repeated long sentences and glued labels over text that may arrive in chunks. */
class TextTally {
  private readonly seen = new Set<number>();
  private readonly repeated = new Set<number>();
  private carry = '';
  private glued = false;

  add(chunk: string, last: boolean): void {
    const text = this.carry + chunk;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isEnd(text.charCodeAt(i))) continue;
      const next = nextStart(text, i);
      if (next === -1) continue;
      this.count(text, start, i);
      start = next;
      i = next - 1;
    }
    // The last piece may go on in the next chunk: it is counted then, or now if this is the end.
    if (last) this.count(text, start, text.length);
    this.glued ||= hasGluedTime(text);
    this.carry = last ? '' : text.slice(Math.max(start, text.length - MAX_CARRY));
  }

  result(): QuickScan {
    return { repeatedSentences: this.repeated.size, glued: this.glued };
  }

  private count(text: string, start: number, end: number): void {
    if (end - start < LONG) return;
    const key = sentenceHash(text, start, end);
    if (this.seen.has(key)) this.repeated.add(key);
    else this.seen.add(key);
  }
}

/**
 * A cheap look at the page's text before any per-element work, so ordinary pages (the common case,
 * on every page load) are let go after one textContent read. It may let an ordinary page through
 * (script text counts too); the full detection decides. It must not stop an aggregator page, so it
 * only lower-cases: copies differing in more than case still show through glued labels or hosts.
 */
export function quickScan(body: Element): QuickScan {
  const tally = new TextTally();
  tally.add(body.textContent ?? '', true);
  return tally.result();
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
    chunk += node.nodeValue ?? '';
    if (chunk.length < CHUNK_CHARS && ++nodes % STEP_ITEMS !== 0) continue;
    tally.add(chunk, false);
    chunk = '';
    yield;
  }
  tally.add(chunk, true);
  return tally.result();
}
